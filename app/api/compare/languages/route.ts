import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { createLanguageCompareAnswer } from '@/lib/compare/create-language-compare-answer';
import { parseLanguageCompareQuery } from '@/lib/compare/parse-language-compare-query';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { loadEventTexts } from '@/lib/corpus/load-event-texts';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } =
  createReadRoute(getLanguageComparison);

/**
 * GET /api/compare/languages?event= → {"event", "english", "japanese", "comparison"}: one
 * meeting's English and Japanese texts set against each other by theme; where the corpus holds
 * one text only, `comparison` is null and `missing`/`message` say which (see
 * createLanguageCompareAnswer()).
 */
function getLanguageComparison(request: Request): Response {
  const corpus = loadCorpus();
  const event = parseLanguageCompareQuery(new URL(request.url).searchParams, corpus);
  if (!event.ok) return createErrorResponse(event.error);
  const texts = loadEventTexts(corpus, event.value);
  return createJsonResponse(
    request,
    createLanguageCompareAnswer(event.value, texts, themeIdsOf(corpus.themes)),
  );
}
