import { toEventSummary } from '../corpus/to-event-summary';
import type { EventDetail } from '../types';
import type { Page } from './create-page';

// Per event object: a corpus version replaces an event's object when the event changes.
const summaries = new WeakMap<EventDetail, string>();

/** An event's summary (toEventSummary) as JSON, encoded once per event object. */
export function summaryJsonOf(event: EventDetail): string {
  let json = summaries.get(event);
  if (json === undefined) summaries.set(event, (json = JSON.stringify(toEventSummary(event))));
  return json;
}

/**
 * The JSON of a page of /api/events, `{"events": [EventSummary], "total", "next"}`, byte for byte
 * what JSON.stringify would write, joined from each event's kept summary.
 */
export function createEventListJson({ items, total, next }: Page<EventDetail>): string {
  return `{"events":[${items.map(summaryJsonOf).join(',')}],"total":${total},"next":${JSON.stringify(next)}}`;
}
