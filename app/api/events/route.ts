import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { filterEvents } from '@/lib/filter/filter-events';
import { readEventQuery } from '@/lib/http/read-event-query';
import { toEventSummary } from '@/lib/corpus/to-event-summary';

export const dynamic = 'force-dynamic';

/** GET /api/events?themes=&match=&from=&to=&kind=&q= → {"events": [EventSummary]} in date order. */
export function GET(request: Request): Response {
  const { corpus, query } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  return createJsonResponse(request, {
    events: filterEvents(corpus.events, query.value).map(toEventSummary),
  });
}
