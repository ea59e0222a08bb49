import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createJsonResponse } from '@/lib/http/create-json-response';
import { createMeetingComparison } from '@/lib/compare/create-meeting-comparison';
import { parseMeetingPair } from '@/lib/compare/parse-meeting-pair';
import { loadCorpus } from '@/lib/corpus/load-corpus';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } =
  createReadRoute(getMeetingComparison);

/**
 * GET /api/compare/meetings?a=&b= → {"a", "b", "onlyA", "onlyB", "shared"}: two meetings side by
 * side by theme (see createMeetingComparison()).
 */
function getMeetingComparison(request: Request): Response {
  const corpus = loadCorpus();
  const pair = parseMeetingPair(new URL(request.url).searchParams, corpus);
  if (!pair.ok) return createErrorResponse(pair.error);
  const { a, b } = pair.value;
  return createJsonResponse(request, createMeetingComparison(a, b, corpus.themes));
}
