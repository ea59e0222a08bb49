import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { computeWithinBudget } from '@/lib/http/time-budget';
import { computeRecurrence } from '@/lib/recurrence/compute-recurrence';
import { selectEvents } from '@/lib/filter/select-events';
import { readEventQuery } from '@/lib/http/read-event-query';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getRecurrence);

/**
 * GET /api/recurrence (the filters of /api/events) → {"themes", "events", "cells"}: rows are the
 * selected themes (all themes when none is selected), columns the matching events in date order.
 * A query whose matrix takes longer than the time budget answers 503.
 */
function getRecurrence(request: Request): Response {
  const { corpus, query } = readEventQuery(request);
  const themeIds = themeIdsOf(corpus.themes);
  if (!query.ok) return createErrorResponse(query.error);
  const rows = query.value.themes.length ? query.value.themes : themeIds;
  const events = selectEvents(corpus, query.value);
  const recurrence = computeWithinBudget((check) => computeRecurrence(events, rows, check));
  if (!recurrence.ok) return createErrorResponse(recurrence.error);
  return createJsonResponse(request, recurrence.value);
}
