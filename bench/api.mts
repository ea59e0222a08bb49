// npm run bench:api [-- --size N --duration S]: the API and the pages on a production server, on
// the bundled corpus and on N synthetic events (10,000 by default) in one run: requests per second
// and p99 latency at 20 connections with gzip (autocannon), each page's server time and gzip size,
// the time from `next start` to its first answer (first with the corpus read from its files, then
// with its snapshot), and the server's memory. Writes bench/results/api-<date>[-<N>].json and
// prints a table.
import { request } from 'node:http';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureCorpus, residentMegabytes, ROOT, startServer, stopServer } from './bench-server.mts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3431' },
  },
});
const SIZE = Number(values.size);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
/** Where the servers keep their corpus snapshots: emptied first, so the first start reads the files. */
const CACHE_DIR = path.join(ROOT, '.next', 'cache', 'alliance-timeline-bench');

const ENDPOINTS = (id: string) => [
  { name: 'GET /api/events/{id}', path: `/api/events/${id}` },
  {
    name: 'GET /api/events?themes=taiwan-strait&from=2000-01-01&to=2010-12-31',
    path: '/api/events?themes=taiwan-strait&from=2000-01-01&to=2010-12-31',
  },
  { name: 'GET /api/search?q=missile', path: '/api/search?q=missile' },
];
const PAGES = ['/themes', '/themes/taiwan-strait', '/compare?theme=taiwan-strait'];
/** Every page answers (checked, not timed): the ones above and the rest. */
const OTHER_PAGES = (id: string) => ['/', '/search?q=missile', `/events/${id}`, '/documents/new'];

interface Figures {
  events: number;
  start: { coldMs: number; snapshotMs: number };
  endpoints: Record<string, { requestsPerSecond: number; p99Ms: number; errors: number }>;
  pages: Record<string, { serverMs: number; gzipKB: number; status: number }>;
  otherPages: Record<string, number>;
  /** The server on the snapshot: after start, after the run, and its peak; `coldPeak`, the peak of the server that read the files. */
  residentMB: { afterStart: number; afterRun: number; peak: number; coldPeak: number };
}

const corpora = [
  { label: 'bundled', dir: path.join(ROOT, 'data') },
  { label: `synthetic-${SIZE}`, dir: ensureCorpus(SIZE) },
];
const results: Record<string, Figures> = {};
for (const { label, dir } of corpora) results[label] = await measureCorpus(dir);

printTable(results);
const out = path.join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const suffix = SIZE === 10000 ? '' : `-${SIZE}`;
const file = path.join(out, `api-${new Date().toISOString().slice(0, 10)}${suffix}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION, results }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(ROOT, file)}`);

async function measureCorpus(dir: string): Promise<Figures> {
  const env = { ALLIANCE_TIMELINE_CACHE_DIR: CACHE_DIR, ALLIANCE_TIMELINE_READ_ONLY: '1' };
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const name of readdirSync(CACHE_DIR)) rmSyncQuiet(path.join(CACHE_DIR, name));
  const cold = await startTimed(dir, env);
  const coldPeak = residentMegabytes(cold.server.pid!, 'VmHWM');
  await stopServer(cold.server);
  const { server, startMs } = await startTimed(dir, env);
  const origin = `http://127.0.0.1:${PORT}`;
  try {
    const afterStart = residentMegabytes(server.pid!);
    const listed = (await (await fetch(`${origin}/api/events?limit=1`)).json()) as {
      events: { id: string }[];
      total: number;
    };
    const id = listed.events[0]!.id;
    const endpoints: Figures['endpoints'] = {};
    for (const endpoint of ENDPOINTS(id))
      endpoints[endpoint.name] = await load(origin, endpoint.path);
    const pages: Figures['pages'] = {};
    for (const page of PAGES) pages[page] = await timePage(origin, page);
    const otherPages: Figures['otherPages'] = {};
    for (const page of OTHER_PAGES(id))
      otherPages[page] = (await get(origin, page).catch(() => ({ status: 0 }))).status;
    return {
      events: listed.total,
      start: { coldMs: round(cold.startMs), snapshotMs: round(startMs) },
      endpoints,
      pages,
      otherPages,
      residentMB: {
        afterStart,
        afterRun: residentMegabytes(server.pid!),
        peak: residentMegabytes(server.pid!, 'VmHWM'),
        coldPeak,
      },
    };
  } finally {
    await stopServer(server);
  }
}

/** A server on the corpus, and the milliseconds from `next start` to its first answer. */
async function startTimed(dir: string, env: Record<string, string>) {
  const started = performance.now();
  // A corpus read from its files for the first time takes long at 100,000 events.
  const server = await startServer(dir, PORT, env, 20, 30 * 60_000);
  return { server, startMs: performance.now() - started };
}

/** autocannon at CONNECTIONS connections for DURATION seconds, after a short warm-up. */
async function load(origin: string, url: string) {
  const options = {
    url: `${origin}${url}`,
    connections: CONNECTIONS,
    headers: { 'accept-encoding': 'gzip' },
  };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: DURATION });
  return {
    requestsPerSecond: round(result.requests.average),
    p99Ms: round(result.latency.p99),
    errors: result.errors + result.non2xx,
  };
}

/** A page's median time to its last byte over 5 loads (after one unmeasured), and its gzip size. */
async function timePage(origin: string, url: string) {
  await get(origin, url);
  const runs: { ms: number; bytes: number; status: number }[] = [];
  for (let run = 0; run < 5; run += 1) runs.push(await get(origin, url));
  const ms = runs.map((run) => run.ms).sort((a, b) => a - b)[2]!;
  return { serverMs: round(ms), gzipKB: round(runs[0]!.bytes / 1024), status: runs[0]!.status };
}

/** One GET with gzip accepted: its status, milliseconds to the last byte, and bytes on the wire. */
function get(origin: string, url: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(`${origin}${url}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, bytes }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function printTable(all: Record<string, Figures>) {
  const labels = Object.keys(all);
  const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);
  row(['request', ...labels.map((label) => `${all[label]!.events} events`)]);
  row(['---', ...labels.map(() => '---')]);
  for (const name of Object.keys(all[labels[0]!]!.endpoints))
    row([
      `\`${name}\``,
      ...labels.map((label) => {
        const figures = all[label]!.endpoints[name]!;
        return `${figures.requestsPerSecond} req/s, p99 ${figures.p99Ms} ms`;
      }),
    ]);
  for (const page of PAGES)
    row([
      `page \`${page}\``,
      ...labels.map((label) => {
        const figures = all[label]!.pages[page]!;
        return `${(figures.serverMs / 1000).toFixed(2)} s, ${figures.gzipKB} KB gzip`;
      }),
    ]);
  row([
    'server start to first answer (files / snapshot)',
    ...labels.map((label) => `${all[label]!.start.coldMs} ms / ${all[label]!.start.snapshotMs} ms`),
  ]);
  row([
    'server memory (after start / after the run / peak; peak reading the files)',
    ...labels.map((label) => {
      const { afterStart, afterRun, peak, coldPeak } = all[label]!.residentMB;
      return `${afterStart} / ${afterRun} / ${peak} MB; ${coldPeak} MB`;
    }),
  ]);
  for (const label of labels)
    console.log(`${label}: other pages ${JSON.stringify(all[label]!.otherPages)}`);
}

function rmSyncQuiet(file: string) {
  try {
    rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
