import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import {
  computeCorpusThemeStats,
  computeThemeStats,
  type ThemeStats,
} from '@/lib/recurrence/compute-theme-stats';
import { selectEvents } from '@/lib/filter/select-events';
import { readEventQuery } from '@/lib/http/read-event-query';
import { findTheme } from '@/lib/corpus/find-theme';
import type { Theme } from '@/lib/types';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getThemes);

/**
 * GET /api/themes → {"themes": [{id, label, labelJa, description, descriptionJa, color, events,
 * statements, firstSeen, lastSeen, firstEvent, lastEvent}]}, every theme in taxonomy order
 * (`labelJa`, `descriptionJa` where the taxonomy gives them). The filters of /api/events narrow the
 * events counted, except `themes` and `match` (checked, not applied), so a filter panel can show
 * every theme's counts within a window.
 */
function getThemes(request: Request): Response {
  const { corpus, query } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  const { from, to, kinds, q } = query.value;
  const stats =
    !from && !to && !kinds.length && !q
      ? computeCorpusThemeStats(corpus)
      : computeThemeStats(corpus.themes, selectEvents(corpus, { ...query.value, themes: [] }));
  return createJsonResponse(request, { themes: withJapanese(stats, corpus.themes) });
}

/** Each theme's counts with its Japanese label and description beside the English ones. */
function withJapanese(stats: ThemeStats[], themes: Theme[]) {
  return stats.map(({ id, label, description, ...counts }) => {
    const { labelJa, descriptionJa } = findTheme(themes, id) ?? {};
    return { id, label, labelJa, description, descriptionJa, ...counts };
  });
}
