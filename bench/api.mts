// npm run bench:api [-- --size N --duration S --rounds R --before DIR]: the API and the pages on
// production servers, one on the bundled corpus and one on N synthetic events (10,000 by default),
// side by side (with --before, also two servers of the app built in DIR, e.g. a checkout of an
// earlier commit after `npm run build`, so a change is measured before and after in one run): requests per second and p99 latency at 20 connections with gzip (autocannon), each
// endpoint's S seconds split into R rounds that take the two servers in turn (so a change in the
// machine's load falls on both alike), the server's CPU time per request, each page's server
// time and gzip size, the time from `next start` to its first answer (first with the corpus read
// from its files, then with its snapshot), the server's memory, and the load average. Writes
// bench/results/api-<date>[-<N>].json and prints a table.
import { request } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureCorpus, residentMegabytes, ROOT, startServer, stopServer } from './bench-server.mts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '20' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3431' },
    before: { type: 'string' },
  },
});
const SIZE = Number(values.size);
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
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
  /** Per endpoint: over all rounds; p99 is the median of the rounds' p99s; CPU ms per request. */
  endpoints: Record<
    string,
    {
      requestsPerSecond: number;
      p99Ms: number;
      roundsP99Ms: number[];
      cpuMsPerRequest: number;
      errors: number;
    }
  >;
  pages: Record<string, { serverMs: number; gzipKB: number; status: number }>;
  otherPages: Record<string, number>;
  /** The server on the snapshot: after start, after the run, and its peak; `coldPeak`, the peak of the server that read the files. */
  residentMB: { afterStart: number; afterRun: number; peak: number; coldPeak: number };
}

/** The builds to serve: this one, and the one in --before (served first, on the next ports). */
const builds = values.before
  ? [
      { name: 'before', root: path.resolve(values.before) },
      { name: 'after', root: ROOT },
    ]
  : [{ name: '', root: ROOT }];
const corpora = builds.flatMap(({ name, root }, at) =>
  [
    { label: 'bundled', dir: path.join(ROOT, 'data') },
    { label: `synthetic-${SIZE}`, dir: ensureCorpus(SIZE) },
  ].map((corpus, index) => ({
    ...corpus,
    label: name ? `${corpus.label} ${name}` : corpus.label,
    port: PORT + 2 * at + index,
    root,
    // Each build keeps its own snapshots: another build's are not its to read.
    cacheDir: path.join(CACHE_DIR, name),
  })),
);
const loadAverage: Record<string, number[]> = { before: loadavg() };
const results = await measureCorpora();
loadAverage.after = loadavg();

printTable(results);
const out = path.join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const suffix = `${SIZE === 10000 ? '' : `-${SIZE}`}${values.before ? '-before-after' : ''}`;
const file = path.join(out, `api-${new Date().toISOString().slice(0, 10)}${suffix}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION, rounds: ROUNDS, loadAverage, results }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(ROOT, file)}`);

/** Every corpus's figures: the starts one server at a time, then the load on both servers in turn. */
async function measureCorpora(): Promise<Record<string, Figures>> {
  rmSync(CACHE_DIR, { recursive: true, force: true });
  const colds = [];
  for (const { dir, port, root, cacheDir } of corpora) {
    mkdirSync(cacheDir, { recursive: true });
    const env = { ALLIANCE_TIMELINE_CACHE_DIR: cacheDir, ALLIANCE_TIMELINE_READ_ONLY: '1' };
    const cold = await startTimed(dir, port, env, root);
    colds.push({ startMs: cold.startMs, peak: residentMegabytes(cold.server.pid!, 'VmHWM') });
    await stopServer(cold.server);
  }
  const servers: { server: ChildProcess; startMs: number }[] = [];
  try {
    for (const { dir, port, root, cacheDir } of corpora) {
      const env = { ALLIANCE_TIMELINE_CACHE_DIR: cacheDir, ALLIANCE_TIMELINE_READ_ONLY: '1' };
      servers.push(await startTimed(dir, port, env, root));
    }
    const origins = corpora.map(({ port }) => `http://127.0.0.1:${port}`);
    const afterStart = servers.map(({ server }) => residentMegabytes(server.pid!));
    const listed = await Promise.all(origins.map(firstEvent));
    const endpoints: Figures['endpoints'][] = corpora.map(() => ({}));
    for (const at of ENDPOINTS('').keys()) {
      const urls = listed.map(({ id }) => ENDPOINTS(id)[at]!.path);
      const name = ENDPOINTS('')[at]!.name;
      const figures = await loadInTurn(
        origins,
        urls,
        servers.map(({ server }) => server.pid!),
      );
      figures.forEach((figure, corpus) => (endpoints[corpus]![name] = figure));
    }
    const all: Record<string, Figures> = {};
    for (const [corpus, { label }] of corpora.entries()) {
      const origin = origins[corpus]!;
      const pid = servers[corpus]!.server.pid!;
      const pages: Figures['pages'] = {};
      for (const page of PAGES) pages[page] = await timePage(origin, page);
      const otherPages: Figures['otherPages'] = {};
      for (const page of OTHER_PAGES(listed[corpus]!.id))
        otherPages[page] = (await get(origin, page).catch(() => ({ status: 0 }))).status;
      all[label] = {
        events: listed[corpus]!.total,
        start: {
          coldMs: round(colds[corpus]!.startMs),
          snapshotMs: round(servers[corpus]!.startMs),
        },
        endpoints: endpoints[corpus]!,
        pages,
        otherPages,
        residentMB: {
          afterStart: afterStart[corpus]!,
          afterRun: residentMegabytes(pid),
          peak: residentMegabytes(pid, 'VmHWM'),
          coldPeak: colds[corpus]!.peak,
        },
      };
    }
    return all;
  } finally {
    for (const { server } of servers) await stopServer(server);
  }
}

async function firstEvent(origin: string): Promise<{ id: string; total: number }> {
  const listed = (await (await fetch(`${origin}/api/events?limit=1`)).json()) as {
    events: { id: string }[];
    total: number;
  };
  return { id: listed.events[0]!.id, total: listed.total };
}

/** A server on the corpus, and the milliseconds from `next start` to its first answer. */
async function startTimed(dir: string, port: number, env: Record<string, string>, root: string) {
  const started = performance.now();
  // A corpus read from its files for the first time takes long at 100,000 events.
  const server = await startServer(dir, port, env, 20, 30 * 60_000, root);
  return { server, startMs: performance.now() - started };
}

/**
 * autocannon at CONNECTIONS connections on each server's url, after one request and a short
 * warm-up: DURATION seconds each, in ROUNDS rounds that take the servers in turn (the first goes
 * first in even rounds, last in odd ones). CPU time is the server's, all its processes, over the
 * measured rounds.
 */
async function loadInTurn(origins: string[], urls: string[], pids: number[]) {
  const options = (server: number) => ({
    url: `${origins[server]}${urls[server]}`,
    connections: CONNECTIONS,
    headers: { 'accept-encoding': 'gzip' },
  });
  // The first answer builds what the endpoint reads lazily (an index, a kept body), which under
  // load can outlast a short warm-up and would then be counted in the first round.
  for (const server of origins.keys()) await get(origins[server]!, urls[server]!);
  for (const server of origins.keys()) await autocannon({ ...options(server), duration: 2 });
  const runs = origins.map(() => ({
    requests: 0,
    seconds: 0,
    cpuMs: 0,
    p99s: [] as number[],
    errors: 0,
  }));
  for (let turn = 0; turn < ROUNDS; turn += 1) {
    const order = [...origins.keys()];
    for (const server of turn % 2 ? order.reverse() : order) {
      const cpuBefore = cpuMilliseconds(pids[server]!);
      const result = await autocannon({ ...options(server), duration: DURATION / ROUNDS });
      const run = runs[server]!;
      run.cpuMs += cpuMilliseconds(pids[server]!) - cpuBefore;
      run.requests += result.requests.total;
      run.seconds += result.duration;
      run.p99s.push(result.latency.p99);
      run.errors += result.errors + result.non2xx;
    }
  }
  return runs.map((run) => ({
    requestsPerSecond: round(run.requests / run.seconds),
    p99Ms: median(run.p99s),
    roundsP99Ms: run.p99s,
    cpuMsPerRequest: round(run.cpuMs / run.requests),
    errors: run.errors,
  }));
}

/** CPU time (user and system) of a process and its children so far, in ms (Linux /proc). */
function cpuMilliseconds(pid: number): number {
  let ticks = 0;
  const visit = (id: number) => {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process has gone
    }
  };
  visit(pid);
  // Linux counts CPU time in ticks of 10 ms (USER_HZ 100).
  return ticks * 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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
  // With --before, the label names the build: "bundled before", "synthetic-10000 after".
  const buildOf = (label: string) => (builds.length > 1 ? `, ${label.split(' ').at(-1)}` : '');
  row(['request', ...labels.map((label) => `${all[label]!.events} events${buildOf(label)}`)]);
  row(['---', ...labels.map(() => '---')]);
  for (const name of Object.keys(all[labels[0]!]!.endpoints))
    row([
      `\`${name}\``,
      ...labels.map((label) => {
        const figures = all[label]!.endpoints[name]!;
        return `${figures.requestsPerSecond} req/s, p99 ${figures.p99Ms} ms, ${figures.cpuMsPerRequest} ms CPU`;
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
  const [before, after] = [loadAverage.before!, loadAverage.after!].map((load) =>
    load.map((value) => value.toFixed(1)).join(' '),
  );
  console.log(`load average (1, 5, 15 min): ${before} before, ${after} after`);
  for (const label of labels)
    console.log(`${label}: other pages ${JSON.stringify(all[label]!.otherPages)}`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
