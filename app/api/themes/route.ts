import { computeThemeStats } from '@/lib/compute-theme-stats';
import { loadCorpus } from '@/lib/load-corpus';

export const dynamic = 'force-dynamic';

/** GET /api/themes → {"themes": [{id, label, description, color, events, statements, firstSeen, lastSeen}]}. */
export function GET(): Response {
  const corpus = loadCorpus();
  return Response.json({ themes: computeThemeStats(corpus.themes, corpus.events) });
}
