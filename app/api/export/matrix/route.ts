import { createReadRoute } from '@/lib/http/create-read-route';
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
import { themeLabelIn } from '@/lib/corpus/words-in';
import { parseLangParam } from '@/lib/http/parse-lang-param';
import type { ExportLanguage } from '@/lib/export/export-language';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

const HEADINGS = { en: en.matrixCsv, ja: ja.matrixCsv } satisfies Record<ExportLanguage, object>;

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getMatrixExport);

/**
 * GET /api/export/matrix (the filters of /api/recurrence, plus `sort` and `lang`) → the recurrence
 * matrix as a CSV download whose file name names the filters and today's date (UTC); its headings
 * and theme labels in `lang` (`en`, the default, or `ja`); 503 past the time budget.
 */
function getMatrixExport(request: Request): Response {
  const corpus = loadCorpus();
  const themeIds = themeIdsOf(corpus.themes);
  const params = new URL(request.url).searchParams;
  const query = parseExportQuery(params, themeIds);
  if (!query.ok) return createErrorResponse(query.error);
  const lang = parseLangParam(params);
  if (!lang.ok) return createErrorResponse(lang.error);
  const language = lang.value ?? 'en';
  const events = filterEvents(corpus.events, query.value);
  const themes = query.value.themes.length ? query.value.themes : themeIds;
  const getLabel = (id: string) => {
    const theme = findTheme(corpus.themes, id);
    return theme ? themeLabelIn(theme, language).text : id;
  };
  const name = createExportFileName('matrix', query.value, formatExportDate(), 'csv');
  const recurrence = computeWithinBudget((check) => computeRecurrence(events, themes, check));
  if (!recurrence.ok) return createErrorResponse(recurrence.error);
  const rows = sortRecurrenceRows(
    computeRecurrenceRows(recurrence.value),
    query.value.sort,
    getLabel,
  );
  return createCachedResponse(
    request,
    createMatrixCsv(recurrence.value, rows, getLabel, HEADINGS[language]),
    {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      },
    },
  );
}
