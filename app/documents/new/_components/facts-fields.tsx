'use client';

import type { ChangeEvent, ReactNode } from 'react';
import type { FactsForm } from '@/lib/documents/facts-form';
import type { MissingFact } from '@/lib/reader/read-document';
import { COUNTRIES, FORMATS, KIND_LABELS, KINDS } from '@/lib/types';

interface FactsFieldsProps {
  value: FactsForm;
  onChange: (next: FactsForm) => void;
  /** What the reader could not find: flagged beside its field. */
  missing: MissingFact[];
  invalid: string | null;
}

const COUNTRY_LABELS = { japan: 'Japan', us: 'United States', other: 'Other' } as const;

/** The event's facts as the reader found them, each open to correction. */
export function FactsFields({ value, onChange, missing, invalid }: FactsFieldsProps) {
  const set =
    (field: keyof FactsForm) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...value, [field]: event.target.value });
  const field = (name: keyof FactsForm, label: string, input: ReactNode, note?: string) => {
    const id = `field-facts-${name}`;
    const flagged = missing.includes(name as MissingFact);
    return (
      <div className={flagged ? 'form-field form-field-missing' : 'form-field'}>
        <label htmlFor={id}>{label}</label>
        {input}
        {flagged && (
          <p className="form-flag" id={`${id}-flag`}>
            The reader found no {name} in the text: give it.
          </p>
        )}
        {note && <p className="muted">{note}</p>}
      </div>
    );
  };
  const attributes = (name: keyof FactsForm) => {
    const id = `field-facts-${name}`;
    const flagged = missing.includes(name as MissingFact);
    const describedBy = [flagged && `${id}-flag`, invalid === id && 'form-error'].filter(Boolean);
    return {
      id,
      value: value[name] as string,
      onChange: set(name),
      'aria-invalid': flagged || invalid === id ? true : undefined,
      'aria-describedby': describedBy.length ? describedBy.join(' ') : undefined,
    };
  };
  const setParticipant = (index: number, part: Partial<FactsForm['participants'][number]>) =>
    onChange({
      ...value,
      participants: value.participants.map((person, at) =>
        at === index ? { ...person, ...part } : person,
      ),
    });
  return (
    <fieldset className="form-group facts-fields">
      <legend>The event</legend>
      {field('title', 'Title', <input {...attributes('title')} />)}
      {field(
        'kind',
        'Kind',
        <select {...attributes('kind')}>
          <option value="">Choose…</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>,
      )}
      {field('date', 'Date at the venue', <input type="date" {...attributes('date')} />)}
      {field(
        'japanDate',
        'Date in Japan',
        <input type="date" {...attributes('japanDate')} />,
        'Only where it is another day than at the venue; worked out from the start time and UTC offset where both are given.',
      )}
      {field('startTime', 'Start time (local)', <input type="time" {...attributes('startTime')} />)}
      {field(
        'utcOffset',
        'UTC offset of the start time',
        <input placeholder="+09:00" pattern="[+-]\d{2}:\d{2}" {...attributes('utcOffset')} />,
      )}
      {field(
        'durationMinutes',
        'Duration (minutes)',
        <input type="number" min={1} inputMode="numeric" {...attributes('durationMinutes')} />,
      )}
      {field('place', 'Place', <input {...attributes('place')} />)}
      {field(
        'format',
        'Format',
        <select {...attributes('format')}>
          <option value="">Not known</option>
          {FORMATS.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
        </select>,
      )}
      <fieldset className="form-field" id="field-facts-provenance">
        <legend>The text is</legend>
        <label>
          <input
            type="radio"
            name="provenance"
            checked={value.provenance === 'official-text'}
            onChange={() => onChange({ ...value, provenance: 'official-text' })}
          />{' '}
          the official text, verbatim
        </label>
        <label>
          <input
            type="radio"
            name="provenance"
            checked={value.provenance === 'summary'}
            onChange={() => onChange({ ...value, provenance: 'summary' })}
          />{' '}
          a summary in our own words
        </label>
      </fieldset>
      <fieldset className="form-field participants" id="field-facts-participants">
        <legend>Participants</legend>
        {value.participants.map((person, index) => (
          <div
            className="participant"
            key={index}
            role="group"
            aria-label={`Participant ${index + 1}`}
          >
            <input
              aria-label={`Participant ${index + 1}: name`}
              value={person.name}
              onChange={(event) => setParticipant(index, { name: event.target.value })}
            />
            <input
              aria-label={`Participant ${index + 1}: role`}
              value={person.role}
              onChange={(event) => setParticipant(index, { role: event.target.value })}
            />
            <select
              aria-label={`Participant ${index + 1}: country`}
              value={person.country}
              onChange={(event) =>
                setParticipant(index, { country: event.target.value as (typeof COUNTRIES)[number] })
              }
            >
              {COUNTRIES.map((country) => (
                <option key={country} value={country}>
                  {COUNTRY_LABELS[country]}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() =>
                onChange({
                  ...value,
                  participants: value.participants.filter((_, at) => at !== index),
                })
              }
            >
              Remove participant {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            onChange({
              ...value,
              participants: [...value.participants, { name: '', role: '', country: 'japan' }],
            })
          }
        >
          Add a participant
        </button>
      </fieldset>
    </fieldset>
  );
}
