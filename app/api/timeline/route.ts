import { createTimelineData } from '@/lib/timeline/create-timeline-data';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { encodeTimeline } from '@/lib/timeline/payload';
import type { Corpus } from '@/lib/types';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

const cache = new WeakMap<Corpus, string>();

/**
 * GET /api/timeline → every event in the columns the dashboard's timeline reads (TimelinePayload,
 * see lib/timeline/payload.ts), encoded once per corpus.
 */
export function GET(): Response {
  const corpus = loadCorpus();
  let body = cache.get(corpus);
  if (body === undefined) {
    body = JSON.stringify(encodeTimeline(createTimelineData(corpus), themeIdsOf(corpus.themes)));
    cache.set(corpus, body);
  }
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}
