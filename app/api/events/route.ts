import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { createPage } from '@/lib/http/create-page';
import { parsePageQuery } from '@/lib/http/parse-page-query';
import { readEventQuery } from '@/lib/http/read-event-query';
import { selectEvents } from '@/lib/filter/select-events';
import { toEventSummary } from '@/lib/corpus/to-event-summary';

export const dynamic = 'force-dynamic';

/**
 * GET /api/events?themes=&match=&from=&to=&kind=&q=&limit=&cursor= → {"events": [EventSummary],
 * "total", "next"}: a page of the matching events in date order (`limit`, default 100, at most
 * 1,000), how many match in all, and the `cursor` of the next page (null on the last).
 */
export function GET(request: Request): Response {
  const { corpus, query, params } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  const page = parsePageQuery(params);
  if (!page.ok) return createErrorResponse(page.error);
  const { items, total, next } = createPage(
    selectEvents(corpus, query.value),
    page.value,
    (event) => [event.date, event.id],
  );
  return createJsonResponse(request, { events: items.map(toEventSummary), total, next });
}
