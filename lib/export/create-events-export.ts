import type { DateWindow } from '../filter/parse-date-window';
import type { ThemeFilter } from '../filter/parse-theme-filter';
import type { EventDetail } from '../types';

/** An event as exported: every field of the event detail but `sections` (the statements hold the text). */
export type ExportedEvent = Omit<EventDetail, 'sections'>;

/** The JSON export of the filtered events: when, with which filters, and the events. */
export interface EventsExport {
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
): EventsExport {
  return {
    exported,
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
): Generator<string> {
  const head = JSON.stringify({ exported, filters, events: [] }, null, 2);
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
