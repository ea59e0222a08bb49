import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parseSearchQuery } from '@/lib/http/parse-search-query';
import { searchStatements } from '@/lib/search/search-statements';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

/**
 * GET /api/search?q=&themes=&speaker= → {"hits": [{"statement", "event", "before", "match",
 * "after"}], "total"}: statements containing the words, in date and document order.
 */
export function GET(request: Request): Response {
  const corpus = loadCorpus();
  const query = parseSearchQuery(new URL(request.url).searchParams, themeIdsOf(corpus.themes));
  if (!query.ok) return createErrorResponse(query.error);
  return createJsonResponse(request, searchStatements(corpus.events, query.value));
}
