// npm run bench:import: documents added through the API, on a copy of the bundled corpus and on a
// synthetic corpus of 10,000 events: adds per second (one at a time, and BENCH_CONCURRENCY at once),
// and the time from a 201 to the event's appearing in /api/events. Writes
// bench/results/import-<date>.json and prints a table.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyCorpus, ensureCorpus, ROOT, startServer, stopServer } from './bench-server.mts';

const PORT = Number(process.env.BENCH_PORT ?? 3412);
const ADDS = Number(process.env.BENCH_ADDS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const TOKEN = 'bench-token';
const BASE = `http://127.0.0.1:${PORT}`;

interface Figures {
  events: number;
  /** Adds per second, one request at a time. */
  sequentialPerSecond: number;
  /** Milliseconds per add, one at a time: median and 95th percentile. */
  addMs: { p50: number; p95: number };
  /** Adds per second with CONCURRENCY requests in flight. */
  concurrentPerSecond: number;
  /** Milliseconds from a 201 to the event's being listed by /api/events: median and 95th percentile. */
  visibleMs: { p50: number; p95: number };
}

/** An invented readout, one per `n`, each on its own day of 2040-2041. */
function readout(n: number, run: string): { text: string; date: string } {
  const day = new Date(Date.UTC(2040, 0, 1 + (n % 700)));
  const date = day.toISOString().slice(0, 10);
  const month = day.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const text = [
    'Japan-U.S. Defense Ministerial Meeting (Summary)',
    '',
    `${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}`,
    'Ministry of Defense',
    '',
    `Minister of Defense Sato held a meeting with Secretary of Defense Miller in Tokyo (${run} ${n}).`,
    '',
    '1. Regional affairs',
    'The two ministers shared their concern over the launches of ballistic missiles by North Korea.',
    'The ministers confirmed the importance of peace and stability across the Taiwan Strait.',
    '',
    '2. Bilateral cooperation',
    `The two ministers agreed to deepen cooperation on extended deterrence (${run} ${n}).`,
  ].join('\n');
  return { text, date };
}

async function add(n: number, run: string): Promise<{ ms: number; id: string; date: string }> {
  const { text, date } = readout(n, run);
  const started = performance.now();
  const response = await fetch(`${BASE}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      text,
      source: { url: `https://example.org/bench/${run}/${n}`, publisher: 'Ministry of Defense' },
    }),
  });
  const body = await response.json();
  if (response.status !== 201)
    throw new Error(`add ${n}: ${response.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, id: body.event.id, date };
}

/** Milliseconds until /api/events for the event's day lists it, asked for at once after the 201. */
async function timeToVisible(id: string, date: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${BASE}/api/events?from=${date}&to=${date}`);
    const { events } = await response.json();
    if (events.some((event: { id: string }) => event.id === id)) return performance.now() - started;
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) /
    10
  );
}

async function measure(corpus: string, events: number): Promise<Figures> {
  const server = await startServer(corpus, PORT, { ALLIANCE_TIMELINE_TOKEN: TOKEN });
  try {
    const addMs: number[] = [];
    const visibleMs: number[] = [];
    const sequentialStart = performance.now();
    for (let n = 0; n < ADDS; n += 1) {
      const { ms, id, date } = await add(n, 'one');
      addMs.push(ms);
      visibleMs.push(await timeToVisible(id, date));
    }
    const sequentialSeconds =
      (performance.now() - sequentialStart - visibleMs.reduce((a, b) => a + b, 0)) / 1000;
    const concurrentStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ADDS) await add(ADDS + next++, 'many');
      }),
    );
    const concurrentSeconds = (performance.now() - concurrentStart) / 1000;
    return {
      events,
      sequentialPerSecond: Math.round((ADDS / sequentialSeconds) * 10) / 10,
      addMs: { p50: percentile(addMs, 50), p95: percentile(addMs, 95) },
      concurrentPerSecond: Math.round((ADDS / concurrentSeconds) * 10) / 10,
      visibleMs: { p50: percentile(visibleMs, 50), p95: percentile(visibleMs, 95) },
    };
  } finally {
    await stopServer(server);
  }
}

const results: Figures[] = [];
results.push(await measure(copyCorpus(path.join(ROOT, 'data'), 'import-bundled'), 22));
const large = ensureCorpus(10_000);
results.push(await measure(copyCorpus(large, 'import-10000'), 10_000));

console.log(`\n${ADDS} adds one at a time, then ${ADDS} with ${CONCURRENCY} in flight\n`);
console.log(
  '| events | adds/s (one at a time) | add p50 / p95 | adds/s (concurrent) | 201 → listed p50 / p95 |',
);
console.log('|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.events.toLocaleString('en')} | ${r.sequentialPerSecond} | ${r.addMs.p50} / ${r.addMs.p95} ms | ${r.concurrentPerSecond} | ${r.visibleMs.p50} / ${r.visibleMs.p95} ms |`,
  );
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `import-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ adds: ADDS, concurrency: CONCURRENCY, results }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(ROOT, file)}`);
