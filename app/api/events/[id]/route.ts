import { createErrorResponse, notFound } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { findEvent } from '@/lib/corpus/find-event';
import { loadCorpus } from '@/lib/corpus/load-corpus';

export const dynamic = 'force-dynamic';

/** GET /api/events/{id} → {"event": EventDetail}, or 404 for an id the corpus does not hold. */
export async function GET(
  request: Request,
  context: RouteContext<'/api/events/[id]'>,
): Promise<Response> {
  const { id } = await context.params;
  const event = findEvent(loadCorpus(), id);
  if (!event) return createErrorResponse(notFound(`no event has the id "${id}"`, 'id'));
  return createJsonResponse(request, { event });
}
