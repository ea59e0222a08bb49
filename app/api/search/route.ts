import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createEncodedResponse } from '@/lib/http/create-json-response';
import { createResponseCache } from '@/lib/http/response-cache';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parsePageQuery } from '@/lib/http/parse-page-query';
import { parseSearchQuery } from '@/lib/http/parse-search-query';
import { searchStatements } from '@/lib/search/search-statements';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

const responses = createResponseCache();

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getSearch);

/**
 * GET /api/search?q=&themes=&speaker=&limit=&cursor= → {"hits": [{"statement", "event", "before",
 * "match", "after"}], "total", "next"}: a page of the statements containing the words, in date and
 * document order (`limit`, default 100, at most 1,000), how many in all, and the `cursor` of the
 * next page (null on the last). Each page is encoded once per corpus version and query.
 */
function getSearch(request: Request): Response {
  const corpus = loadCorpus();
  const params = new URL(request.url).searchParams;
  const query = parseSearchQuery(params, themeIdsOf(corpus.themes));
  if (!query.ok) return createErrorResponse(query.error);
  const page = parsePageQuery(params);
  if (!page.ok) return createErrorResponse(page.error);
  const body = responses(corpus, JSON.stringify([query.value, page.value]), () =>
    JSON.stringify(searchStatements(corpus, query.value, page.value)),
  );
  return createEncodedResponse(request, body);
}
