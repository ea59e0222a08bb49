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

function toExportedEvent(event: EventDetail): ExportedEvent {
  const exported: Partial<EventDetail> = { ...event };
  delete exported.sections;
  return exported as ExportedEvent;
}
