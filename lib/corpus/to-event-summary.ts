import type { EventDetail, EventSummary } from '../types';

/** The fields of an event that lists need, without its text. */
export function toEventSummary(event: EventDetail): EventSummary {
  return {
    id: event.id,
    title: event.title,
    label: event.label,
    ...(event.titleJa ? { titleJa: event.titleJa } : {}),
    ...(event.labelJa ? { labelJa: event.labelJa } : {}),
    kind: event.kind,
    date: event.date,
    ...(event.japanDate ? { japanDate: event.japanDate } : {}),
    themes: event.themes,
    provenance: event.provenance,
    sources: event.sources,
    statementCount: event.statementCount,
    ...(event.synthetic ? { synthetic: true } : {}),
  };
}
