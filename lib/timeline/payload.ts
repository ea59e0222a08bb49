import type { TimelineData } from './create-timeline-data';
import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';
import { KINDS, PROVENANCES } from '../types';

/**
 * One event as the browser receives it: `[id, title, date, kind, themes, references, japanDate,
 * provenance, label]`, with kind, themes, references and provenance as indices (into KINDS, the theme
 * list, the event list and PROVENANCES) and japanDate "" where it is the same day.
 */
export type TimelineRow = [
  string,
  string,
  string,
  number,
  number[],
  number[],
  string,
  number,
  string,
];

/** The timeline's data in a compact shape: 10,000 events in well under a megabyte. */
export interface TimelinePayload {
  bounds: Domain;
  events: TimelineRow[];
}

/** Packs the timeline's data; `themeIds` fixes the theme indices. */
export function encodeTimeline(
  { events, bounds }: Pick<TimelineData, 'events' | 'bounds'>,
  themeIds: string[],
): TimelinePayload {
  const themeIndex = new Map(themeIds.map((id, index) => [id, index]));
  const eventIndex = new Map(events.map((event, index) => [event.id, index]));
  return {
    bounds,
    events: events.map((event) => [
      event.id,
      event.title,
      event.date,
      KINDS.indexOf(event.kind),
      event.themes.map((id) => themeIndex.get(id)!),
      event.references.map((id) => eventIndex.get(id)!).filter((index) => index !== undefined),
      event.japanDate ?? '',
      PROVENANCES.indexOf(event.provenance),
      event.label ?? '',
    ]),
  };
}

/** Unpacks what encodeTimeline() packed, with the same theme ids. */
export function decodeTimeline(
  { events, bounds }: TimelinePayload,
  themeIds: string[],
): Pick<TimelineData, 'events' | 'bounds'> {
  const ids = events.map((row) => row[0]);
  return {
    bounds,
    events: events.map(
      ([
        id,
        title,
        date,
        kind,
        themes,
        references,
        japanDate,
        provenance,
        label,
      ]): TimelineEvent => ({
        id,
        title,
        ...(label ? { label } : {}),
        kind: KINDS[kind]!,
        date,
        ...(japanDate ? { japanDate } : {}),
        time: Date.parse(`${date}T00:00:00Z`),
        themes: themes.map((index) => themeIds[index]!),
        provenance: PROVENANCES[provenance]!,
        references: references.map((index) => ids[index]!),
      }),
    ),
  };
}
