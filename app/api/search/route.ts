import { createErrorResponse } from '@/lib/api-error';
import { loadCorpus } from '@/lib/load-corpus';
import { parseSearchQuery } from '@/lib/parse-search-query';
import { searchStatements } from '@/lib/search-statements';

export const dynamic = 'force-dynamic';

/**
 * GET /api/search?q=&themes=&speaker= → {"hits": [{"statement", "event", "before", "match",
 * "after"}], "total"}: statements containing the words, in date and document order.
 */
export function GET(request: Request): Response {
  const corpus = loadCorpus();
  const query = parseSearchQuery(
    new URL(request.url).searchParams,
    corpus.themes.map((theme) => theme.id),
  );
  if (!query.ok) return createErrorResponse(query.error);
  return Response.json(searchStatements(corpus.events, query.value));
}
