import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse, invalidParameter, type Parsed } from '@/lib/http/api-error';
import { createCompareUrl } from '@/lib/compare/create-compare-url';
import { createComparison } from '@/lib/compare/create-comparison';
import { createComparisonCsv } from '@/lib/export/create-comparison-csv';
import { createComparisonMarkdown } from '@/lib/export/create-comparison-markdown';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { loadPhrases } from '@/lib/corpus/load-phrases';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { computeWithinBudget } from '@/lib/http/time-budget';
import { parseCompareQuery } from '@/lib/http/parse-compare-query';
import { parseList } from '@/lib/url/parse-list';
import { parseSingleParam, quoteInput } from '@/lib/http/parse-param';
import { createDatedFileName, formatExportDate } from '@/lib/export/create-export-file-name';
import { findTheme } from '@/lib/corpus/find-theme';
import { comparisonExportWordsOf } from '@/lib/export/comparison-export-words';
import { parseLangParam } from '@/lib/http/parse-lang-param';

export const dynamic = 'force-dynamic';

const FILE_TYPES = {
  markdown: { extension: 'md', type: 'text/markdown; charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv; charset=utf-8' },
};

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getComparison);

/**
 * GET /api/compare?theme=&events=&baseline=&ignore= → {"theme", "baseline", "columns", "changes",
 * "phrases"}; with `format=markdown` or `format=csv`, the same comparison as a file to download,
 * headed in English or, with `lang=ja`, in Japanese.
 */
function getComparison(request: Request): Response {
  const corpus = loadCorpus();
  const url = new URL(request.url);
  const query = parseCompareQuery(url.searchParams, corpus);
  if (!query.ok) return createErrorResponse(query.error);
  const format = parseFormat(url.searchParams);
  if (!format.ok) return createErrorResponse(format.error);
  const lang = parseLangParam(url.searchParams);
  if (!lang.ok) return createErrorResponse(lang.error);
  const compared = computeWithinBudget((check) =>
    createComparison(corpus, loadPhrases(), query.value, check),
  );
  if (!compared.ok) return createErrorResponse(compared.error);
  const comparison = compared.value;
  if (format.value === 'json') return createJsonResponse(request, comparison);
  const theme = findTheme(corpus.themes, query.value.theme)!;
  const exportedOn = formatExportDate();
  const permalink = new URL(
    createCompareUrl({ ...query.value, events: chosenEvents(url.searchParams) }),
    url,
  ).href;
  const words = comparisonExportWordsOf(lang.value);
  const body =
    format.value === 'csv'
      ? createComparisonCsv(comparison, words)
      : createComparisonMarkdown(comparison, { theme, exportedOn, permalink, words });
  const file = FILE_TYPES[format.value];
  const name = createDatedFileName(`compare-${theme.id}`, exportedOn, file.extension, '-');
  return new Response(body, {
    headers: {
      'content-type': file.type,
      'content-disposition': `attachment; filename="${name}"`,
    },
  });
}

/** The events the permalink names: those asked for, none where the theme's every event was. */
function chosenEvents(params: URLSearchParams): string[] {
  return [...new Set(params.getAll('events').flatMap(parseList))];
}

function parseFormat(params: URLSearchParams): Parsed<'json' | keyof typeof FILE_TYPES> {
  const format = parseSingleParam(params, 'format');
  if (!format.ok) return format;
  const { value } = format;
  if (value === undefined || value === 'json') return { ok: true, value: 'json' };
  if (value === 'markdown' || value === 'csv') return { ok: true, value };
  return invalidParameter(
    'format',
    `format must be json, markdown or csv, not ${quoteInput(value)}`,
  );
}
