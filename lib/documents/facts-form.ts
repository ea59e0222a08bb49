import type { DraftEvent } from '../reader/read-document';
import type { Country, Format, Kind, Provenance } from '../types';
import type { DocumentFacts } from './document-input';

/** The add page's fields for an event's facts, as text (empty where unknown). */
export interface FactsForm {
  title: string;
  kind: Kind | '';
  date: string;
  japanDate: string;
  startTime: string;
  utcOffset: string;
  durationMinutes: string;
  place: string;
  format: Format | '';
  provenance: Provenance;
  participants: { name: string; role: string; country: Country }[];
}

/** The fields filled with what the reader found. */
export function createFactsForm(event: DraftEvent): FactsForm {
  return {
    title: event.title,
    kind: event.kind ?? '',
    date: event.date ?? '',
    japanDate: event.japanDate ?? '',
    startTime: event.startTime ?? '',
    utcOffset: event.utcOffset ?? '',
    durationMinutes: event.durationMinutes === undefined ? '' : String(event.durationMinutes),
    place: event.place ?? '',
    format: event.format ?? '',
    provenance: event.provenance,
    participants: event.participants,
  };
}

/** The facts to send: every field a person left filled, trimmed; numbers as numbers. */
export function parseFactsForm(form: FactsForm): DocumentFacts {
  const text = (value: string) => value.trim() || undefined;
  const minutes = Number(form.durationMinutes);
  return {
    title: text(form.title),
    kind: form.kind || undefined,
    date: text(form.date),
    japanDate: text(form.japanDate),
    startTime: text(form.startTime),
    utcOffset: text(form.utcOffset),
    durationMinutes: form.durationMinutes.trim() && Number.isFinite(minutes) ? minutes : undefined,
    place: text(form.place),
    format: form.format || undefined,
    provenance: form.provenance,
    participants: form.participants
      .map(({ name, role, country }) => ({ name: name.trim(), role: role.trim(), country }))
      .filter(({ name }) => name),
  };
}
