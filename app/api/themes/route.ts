import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { computeCorpusThemeStats, computeThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { selectEvents } from '@/lib/filter/select-events';
import { readEventQuery } from '@/lib/http/read-event-query';

export const dynamic = 'force-dynamic';

/**
 * GET /api/themes → {"themes": [{id, label, description, color, events, statements, firstSeen,
 * lastSeen, firstEvent, lastEvent}]}, every theme in taxonomy order. The filters of /api/events
 * narrow the events counted, except `themes` and `match` (checked, not applied), so a filter panel
 * can show every theme's counts within a window.
 */
export function GET(request: Request): Response {
  const { corpus, query } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  const { from, to, kinds, q } = query.value;
  if (!from && !to && !kinds.length && !q)
    return createJsonResponse(request, { themes: computeCorpusThemeStats(corpus) });
  const events = selectEvents(corpus, { ...query.value, themes: [] });
  return createJsonResponse(request, { themes: computeThemeStats(corpus.themes, events) });
}
