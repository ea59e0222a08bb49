'use client';

import { useTranslations } from 'next-intl';
import type { ChangeEvent, ReactNode } from 'react';
import type { FactsForm } from '@/lib/documents/facts-form';
import type { MissingFact } from '@/lib/reader/read-document';
import { COUNTRIES, FORMATS, KINDS } from '@/lib/types';

interface FactsFieldsProps {
  value: FactsForm;
  onChange: (next: FactsForm) => void;
  /** What the reader could not find: flagged beside its field. */
  missing: MissingFact[];
  invalid: string | null;
}

/** The event's facts as the reader found them, each open to correction. */
export function FactsFields({ value, onChange, missing, invalid }: FactsFieldsProps) {
  const t = useTranslations('addDocument.facts');
  const kindLabel = useTranslations('kinds');
  const countryLabel = useTranslations('countries');
  const formatLabel = useTranslations('formats');
  const set =
    (field: keyof FactsForm) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...value, [field]: event.target.value });
  const field = (name: keyof FactsForm, input: ReactNode, note?: string) => {
    const id = `field-facts-${name}`;
    const flagged = missing.includes(name as MissingFact);
    return (
      <div className={flagged ? 'form-field form-field-missing' : 'form-field'}>
        <label htmlFor={id}>{t(`labels.${name}`)}</label>
        {input}
        {flagged && (
          <p className="form-flag" id={`${id}-flag`}>
            {t('missing', { field: t(`labels.${name}`), name })}
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
      <legend>{t('legend')}</legend>
      {field('title', <input {...attributes('title')} />)}
      {field(
        'kind',
        <select {...attributes('kind')}>
          <option value="">{t('choose')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>,
      )}
      {field('date', <input type="date" {...attributes('date')} />)}
      {field('japanDate', <input type="date" {...attributes('japanDate')} />, t('japanDateNote'))}
      {field('startTime', <input type="time" {...attributes('startTime')} />)}
      {field(
        'utcOffset',
        <input placeholder="+09:00" pattern="[+-]\d{2}:\d{2}" {...attributes('utcOffset')} />,
      )}
      {field(
        'durationMinutes',
        <input type="number" min={1} inputMode="numeric" {...attributes('durationMinutes')} />,
      )}
      {field('place', <input {...attributes('place')} />)}
      {field(
        'format',
        <select {...attributes('format')}>
          <option value="">{t('notKnown')}</option>
          {FORMATS.map((format) => (
            <option key={format} value={format}>
              {formatLabel(format)}
            </option>
          ))}
        </select>,
      )}
      <fieldset className="form-field" id="field-facts-provenance">
        <legend>{t('provenanceLegend')}</legend>
        <label>
          <input
            type="radio"
            name="provenance"
            checked={value.provenance === 'official-text'}
            onChange={() => onChange({ ...value, provenance: 'official-text' })}
          />{' '}
          {t('officialText')}
        </label>
        <label>
          <input
            type="radio"
            name="provenance"
            checked={value.provenance === 'summary'}
            onChange={() => onChange({ ...value, provenance: 'summary' })}
          />{' '}
          {t('summary')}
        </label>
      </fieldset>
      <fieldset className="form-field participants" id="field-facts-participants">
        <legend>{t('participants')}</legend>
        {value.participants.map((person, index) => (
          <div
            className="participant"
            key={index}
            role="group"
            aria-label={t('participant', { n: index + 1 })}
          >
            <input
              aria-label={t('participantName', { n: index + 1 })}
              value={person.name}
              onChange={(event) => setParticipant(index, { name: event.target.value })}
            />
            <input
              aria-label={t('participantRole', { n: index + 1 })}
              value={person.role}
              onChange={(event) => setParticipant(index, { role: event.target.value })}
            />
            <select
              aria-label={t('participantCountry', { n: index + 1 })}
              value={person.country}
              onChange={(event) =>
                setParticipant(index, { country: event.target.value as (typeof COUNTRIES)[number] })
              }
            >
              {COUNTRIES.map((country) => (
                <option key={country} value={country}>
                  {countryLabel(country)}
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
              {t('removeParticipant', { n: index + 1 })}
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
          {t('addParticipant')}
        </button>
      </fieldset>
    </fieldset>
  );
}
