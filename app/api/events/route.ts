import { createErrorResponse } from '@/lib/api-error';
import { filterEvents } from '@/lib/filter-events';
import { readEventQuery } from '@/lib/read-event-query';
import { toEventSummary } from '@/lib/to-event-summary';

export const dynamic = 'force-dynamic';

/** GET /api/events?themes=&match=&from=&to=&kind=&q= → {"events": [EventSummary]} in date order. */
export function GET(request: Request): Response {
  const { corpus, query } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  return Response.json({ events: filterEvents(corpus.events, query.value).map(toEventSummary) });
}
