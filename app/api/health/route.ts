import { createReadRoute } from '@/lib/http/create-read-route';
import { corpusProblems } from '@/lib/corpus/live-corpus';
import { loadCorpus } from '@/lib/corpus/load-corpus';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getHealth);

/**
 * GET /api/health → {"status": "ok" | "degraded", "events": n, "problems": {id: [...]}}: files
 * that failed validation while the server ran, served in their last good version.
 */
async function getHealth(): Promise<Response> {
  const problems = corpusProblems();
  const degraded = Object.keys(problems).length > 0;
  return Response.json(
    { status: degraded ? 'degraded' : 'ok', events: loadCorpus().events.length, problems },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
