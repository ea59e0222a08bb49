import type { DateWindow } from '../filter/parse-date-window';
import type { ThemeFilter } from '../filter/parse-theme-filter';
import type {
  Country,
  EventDetail,
  Format,
  Kind,
  Participant,
  Provenance,
  Source,
  SourceKind,
  Speaker,
  Statement,
} from '../types';

/** An event as exported: every field of the event detail but `sections` (the statements hold the text). */
export type ExportedEvent = Omit<EventDetail, 'sections'>;

/**
 * What the export's keys and codes mean, in one language: a heading for each field (of the file,
 * an event, a source, a participant, a statement) and a name for each code a field takes.
 */
export interface EventsExportHeadings {
  file: Record<'exported' | 'filters' | 'events', string>;
  event: Record<keyof ExportedEvent, string>;
  source: Record<keyof Source, string>;
  participant: Record<keyof Participant, string>;
  statement: Record<keyof Statement, string>;
  kinds: Record<Kind, string>;
  provenances: Record<Provenance, string>;
  sourceKinds: Record<SourceKind, string>;
  formats: Record<Format, string>;
  countries: Record<Country, string>;
  speakers: Record<Speaker, string>;
}

/** The headings of an export asked for in a language (`lang=ja`), and which language they are in. */
export interface WordedHeadings {
  language: string;
  headings: EventsExportHeadings;
}

/**
 * The JSON export of the filtered events: when, with which filters, and the events; where asked
 * for in a language, also the headings that say what its keys and codes mean in it.
 */
export interface EventsExport extends Partial<WordedHeadings> {
  /** `YYYY-MM-DD`. */
  exported: string;
  filters: ThemeFilter & DateWindow;
  events: ExportedEvent[];
}

/** The export of events (already filtered, in date order) with all their statements. */
export function createEventsExport(
  events: EventDetail[],
  filters: ThemeFilter & DateWindow,
  exported: string,
  worded?: WordedHeadings,
): EventsExport {
  return {
    exported,
    ...worded,
    filters,
    events: events.map(toExportedEvent),
  };
}

/**
 * The same export as `JSON.stringify(createEventsExport(...), null, 2)`, written one event at a
 * time, so that a large export can be streamed without holding its whole text in memory.
 */
export function* createEventsExportText(
  events: EventDetail[],
  filters: ThemeFilter & DateWindow,
  exported: string,
  worded?: WordedHeadings,
): Generator<string> {
  const head = JSON.stringify({ exported, ...worded, filters, events: [] }, null, 2);
  if (!events.length) {
    yield head;
    return;
  }
  yield head.replace(/\[\]\n\}$/, '[\n');
  for (const [index, event] of events.entries()) {
    const text = JSON.stringify(toExportedEvent(event), null, 2).replaceAll('\n', '\n    ');
    yield `    ${text}${index < events.length - 1 ? ',' : ''}\n`;
  }
  yield '  ]\n}';
}

function toExportedEvent(event: EventDetail): ExportedEvent {
  const exported: Partial<EventDetail> = { ...event };
  delete exported.sections;
  return exported as ExportedEvent;
}
