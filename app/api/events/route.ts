import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createEncodedResponse } from '@/lib/http/create-json-response';
import { createEventListJson } from '@/lib/http/event-list-json';
import { createPage } from '@/lib/http/create-page';
import { createResponseCache } from '@/lib/http/response-cache';
import { parsePageQuery } from '@/lib/http/parse-page-query';
import { readEventQuery } from '@/lib/http/read-event-query';
import { selectEvents } from '@/lib/filter/select-events';

export const dynamic = 'force-dynamic';

const responses = createResponseCache();

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getEvents);

/**
 * GET /api/events?themes=&match=&from=&to=&kind=&q=&limit=&cursor= → {"events": [EventSummary],
 * "total", "next"}: a page of the matching events in date order (`limit`, default 100, at most
 * 1,000), how many match in all, and the `cursor` of the next page (null on the last). Each page
 * is encoded once per corpus version and query.
 */
function getEvents(request: Request): Response {
  const { corpus, query, params } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  const page = parsePageQuery(params);
  if (!page.ok) return createErrorResponse(page.error);
  const body = responses(corpus, JSON.stringify([query.value, page.value]), () =>
    createEventListJson(
      createPage(selectEvents(corpus, query.value), page.value, (event) => [event.date, event.id]),
    ),
  );
  return createEncodedResponse(request, body);
}
