import { createErrorResponse } from '@/lib/http/api-error';
import { createCachedResponse } from '@/lib/http/create-json-response';
import { computeWithinBudget } from '@/lib/http/time-budget';
import { computeRecurrence, computeRecurrenceRows } from '@/lib/recurrence/compute-recurrence';
import { createExportFileName, formatExportDate } from '@/lib/export/create-export-file-name';
import { createMatrixCsv } from '@/lib/export/create-matrix-csv';
import { filterEvents } from '@/lib/filter/filter-events';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parseExportQuery } from '@/lib/http/parse-export-query';
import { sortRecurrenceRows } from '@/lib/recurrence/sort-recurrence-rows';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { findTheme } from '@/lib/corpus/find-theme';

export const dynamic = 'force-dynamic';

/**
 * GET /api/export/matrix (the filters of /api/recurrence, plus `sort`) → the recurrence matrix as
 * a CSV download whose file name names the filters and today's date (UTC); 503 past the time budget.
 */
export function GET(request: Request): Response {
  const corpus = loadCorpus();
  const themeIds = themeIdsOf(corpus.themes);
  const query = parseExportQuery(new URL(request.url).searchParams, themeIds);
  if (!query.ok) return createErrorResponse(query.error);
  const events = filterEvents(corpus.events, query.value);
  const themes = query.value.themes.length ? query.value.themes : themeIds;
  const getLabel = (id: string) => findTheme(corpus.themes, id)?.label ?? id;
  const name = createExportFileName('matrix', query.value, formatExportDate(), 'csv');
  const recurrence = computeWithinBudget((check) => computeRecurrence(events, themes, check));
  if (!recurrence.ok) return createErrorResponse(recurrence.error);
  const rows = sortRecurrenceRows(
    computeRecurrenceRows(recurrence.value),
    query.value.sort,
    getLabel,
  );
  return createCachedResponse(request, createMatrixCsv(recurrence.value, rows, getLabel), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
}
