import type { EventDetail, Kind, Provenance } from '../types';

/** What the timeline needs of an event: small enough to send 10,000 of them to the browser. */
export interface TimelineEvent {
  id: string;
  title: string;
  /** The short label that tells it apart on the timeline ("Kishi-Austin, Pentagon"). */
  label?: string;
  kind: Kind;
  /** `YYYY-MM-DD` at the venue. */
  date: string;
  japanDate?: string;
  /** Midnight UTC of `date`, in milliseconds: the event's place on the time axis. */
  time: number;
  themes: string[];
  /** The participants' names, Japan's first as the file lists them; absent for none. */
  participants?: string[];
  provenance: Provenance;
  /** Ids of the events its statements refer to. */
  references: string[];
}

/** Timeline events from corpus events, keeping their date order. */
export function createTimelineEvents(events: EventDetail[]): TimelineEvent[] {
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    label: event.label,
    kind: event.kind,
    date: event.date,
    ...(event.japanDate ? { japanDate: event.japanDate } : {}),
    time: Date.parse(`${event.date}T00:00:00Z`),
    themes: event.themes,
    ...(event.participants.length
      ? { participants: event.participants.map((person) => person.name) }
      : {}),
    provenance: event.provenance,
    references: [...new Set(event.statements.flatMap((statement) => statement.references))],
  }));
}
