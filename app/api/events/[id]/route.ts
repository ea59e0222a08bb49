import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse, notFound } from '@/lib/http/api-error';
import { createEncodedResponse } from '@/lib/http/create-json-response';
import { createResponseCache } from '@/lib/http/response-cache';
import { findEvent } from '@/lib/corpus/find-event';
import { loadCorpus } from '@/lib/corpus/load-corpus';

export const dynamic = 'force-dynamic';

const responses = createResponseCache();

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getEvent);

/** GET /api/events/{id} → {"event": EventDetail}, or 404 for an id the corpus does not hold. */
async function getEvent(
  request: Request,
  context: RouteContext<'/api/events/[id]'>,
): Promise<Response> {
  const { id } = await context.params;
  const corpus = loadCorpus();
  const event = findEvent(corpus, id);
  if (!event) return createErrorResponse(notFound(`no event has the id "${id}"`, 'id'));
  return createEncodedResponse(
    request,
    responses(corpus, id, () => JSON.stringify({ event })),
  );
}
