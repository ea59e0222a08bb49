// npm run bench:fuzz: 1,000 hostile requests (every route and page; see tests/e2e/hostile-urls.ts)
// against a production server, at the bundled corpus and at 10,000 synthetic events. Reports the
// status counts, the /api answers that are not in the API's shape, and the slowest requests.
// Builds first; FUZZ_CORPORA=bundled runs the bundled corpus only. Writes bench/results/fuzz-<date>.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  createHostileRequests,
  isApiRequest,
  isApiShaped,
  KNOWN_HOSTILE,
  sendRaw,
  type HostileAnswer,
  type HostileRequest,
} from '../tests/e2e/hostile-urls.ts';
import { ensureCorpus, ROOT, startServer, stopServer } from './bench-server.mts';

const PORT = Number(process.env.BENCH_PORT ?? 3412);
const TOTAL = 1000;
/** Requests in flight at once: a few clients, not a flood. */
const CONCURRENCY = 4;

interface Run {
  corpus: string;
  events: number;
  statuses: Record<string, number>;
  notApiShaped: string[];
  serverErrors: string[];
  slowest: { request: string; status: number; ms: number }[];
  /** The slowest under /api alone: pages render the whole corpus, the API pages through it. */
  slowestApi: { request: string; status: number; ms: number }[];
  totalSeconds: number;
}

async function fuzz(label: string, corpus: string): Promise<Run> {
  const server = await startServer(corpus, PORT);
  try {
    // The first page of events gives the ids to aim at; `total` counts them all.
    const { events, total } = await (await fetch(`http://127.0.0.1:${PORT}/api/events`)).json();
    const themes = (await (await fetch(`http://127.0.0.1:${PORT}/api/themes`)).json()).themes;
    const seeds = {
      eventIds: events.map((event: { id: string }) => event.id),
      themeIds: themes.map((theme: { id: string }) => theme.id),
    };
    const requests = [
      ...KNOWN_HOSTILE,
      ...createHostileRequests(seeds, TOTAL - KNOWN_HOSTILE.length),
    ];
    const start = performance.now();
    const answers = await sendAll(requests);
    const totalSeconds = (performance.now() - start) / 1000;
    const statuses: Record<string, number> = {};
    for (const { answer } of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    const describe = (request: HostileRequest) =>
      `${request.method} ${request.path.length > 120 ? `${request.path.slice(0, 120)}… (${request.path.length} chars)` : request.path}`;
    return {
      corpus: label,
      events: total,
      statuses,
      notApiShaped: answers
        .filter(({ request, answer }) => isApiRequest(request) && !isApiShaped(request, answer))
        .map(({ request, answer }) => `${answer.status} ${describe(request)}`),
      serverErrors: answers
        .filter(({ answer }) => answer.status >= 500)
        .map(({ request, answer }) => `${answer.status} ${describe(request)}`),
      slowest: slowestOf(answers, describe),
      slowestApi: slowestOf(
        answers.filter(({ request }) => isApiRequest(request)),
        describe,
      ),
      totalSeconds: Math.round(totalSeconds * 10) / 10,
    };
  } finally {
    await stopServer(server);
  }
}

function slowestOf(
  answers: { request: HostileRequest; answer: HostileAnswer }[],
  describe: (request: HostileRequest) => string,
) {
  return [...answers]
    .sort((a, b) => b.answer.ms - a.answer.ms)
    .slice(0, 5)
    .map(({ request, answer }) => ({
      request: describe(request),
      status: answer.status,
      ms: Math.round(answer.ms),
    }));
}

async function sendAll(requests: HostileRequest[]) {
  const answers: { request: HostileRequest; answer: HostileAnswer }[] = [];
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const request = requests[next++]!;
      answers.push({ request, answer: await sendRaw(PORT, request) });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return answers;
}

const corpora = (process.env.FUZZ_CORPORA ?? 'bundled,10000').split(',');
const runs: Run[] = [];
for (const name of corpora) {
  const corpus = name === 'bundled' ? path.join(ROOT, 'data') : ensureCorpus(Number(name));
  const run = await fuzz(name === 'bundled' ? 'bundled' : `synthetic ${name}`, corpus);
  runs.push(run);
  console.log(JSON.stringify(run, null, 2));
}
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  path.join(ROOT, 'bench', 'results', `fuzz-${date}.json`),
  `${JSON.stringify({ date, requests: TOTAL, concurrency: CONCURRENCY, runs }, null, 2)}\n`,
);
if (runs.some((run) => run.serverErrors.length || run.notApiShaped.length)) process.exitCode = 1;
