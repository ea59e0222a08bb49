import { createReadRoute } from '@/lib/http/create-read-route';
import { createCachedResponse, etagOf } from '@/lib/http/create-json-response';
import { createTimelineData } from '@/lib/timeline/create-timeline-data';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { encodeTimeline } from '@/lib/timeline/payload';
import type { Corpus } from '@/lib/types';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

const cache = new WeakMap<Corpus, { body: string; etag: string }>();

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getTimeline);

/**
 * GET /api/timeline → every event in the columns the dashboard's timeline reads (TimelinePayload,
 * see lib/timeline/payload.ts), encoded once per corpus.
 */
function getTimeline(request: Request): Response {
  const corpus = loadCorpus();
  let encoded = cache.get(corpus);
  if (encoded === undefined) {
    const body = JSON.stringify(
      encodeTimeline(createTimelineData(corpus), themeIdsOf(corpus.themes)),
    );
    encoded = { body, etag: etagOf(body) };
    cache.set(corpus, encoded);
  }
  const headers = { 'content-type': 'application/json' };
  return createCachedResponse(request, encoded.body, { headers }, encoded.etag);
}
