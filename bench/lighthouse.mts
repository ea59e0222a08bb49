// npm run bench:lighthouse: Lighthouse 12 (mobile, its default simulated throttling, all four
// categories) on a production server over the bundled corpus, for the dashboard, /compare and
// /themes. Writes bench/results/lighthouse-<date>.json (scores, the main metrics and the
// performance audits that failed) and prints a table. BENCH_TRACE=1 also writes each page's
// Chromium trace (lighthouse-<page>-<port>.trace.json in the system's temporary folder, for the
// performance panel) and prints its longest main-thread tasks with what ran in them.
// BENCH_RUNS=n audits each page n times and reports the run of median performance;
// BENCH_BASELINE=<dir>, another checkout with its own build (and node_modules), is served beside
// this one (on BENCH_PORT + 1) and audited in turn with it, page by page, so that both builds
// meet the same load on a shared machine. The load average is printed as each run starts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { ROOT, startServer, stopServer } from './bench-server.mts';
import { detailOf, type TraceEvent } from './trace-events.mts';

const PORT = Number(process.env.BENCH_PORT ?? 3412);
const PAGES = (process.env.BENCH_PAGES ?? '/,/compare,/themes').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const BASELINE = process.env.BENCH_BASELINE;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
/** Audits worth reading when performance falls short, reported with what they flag. */
const WATCHED = ['legacy-javascript', 'unused-javascript', 'bf-cache', 'mainthread-work-breakdown'];

interface PageFigures {
  /** The load average over the last minute as the run started, on this machine's cores. */
  load: number;
  scores: Record<string, number>;
  metrics: Record<string, string>;
  /** Performance audits that did not pass, by id, with Lighthouse's one-line summary. */
  flagged: Record<string, string>;
  /** Why Lighthouse could not score the page, when it could not (the run then counts for none). */
  error?: string;
}

/** A build audited: this checkout's, or the baseline's. */
interface Build {
  name: string;
  root: string;
  port: number;
}

const builds: Build[] = [{ name: 'this build', root: ROOT, port: PORT }];
if (BASELINE) builds.push({ name: 'baseline', root: path.resolve(BASELINE), port: PORT + 1 });
const servers = [];
for (const build of builds)
  servers.push(
    await startServer(path.join(ROOT, 'data'), build.port, {}, 250, 120_000, build.root),
  );
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [...CHROMIUM_ARGS, '--no-proxy-server'],
});
/** Every run, by build name, then page. */
const runs: Record<string, Record<string, PageFigures[]>> = {};
try {
  // The first answer loads the corpus; Lighthouse times the page, not that.
  for (const build of builds) await fetch(`http://127.0.0.1:${build.port}/`);
  for (let run = 0; run < RUNS; run += 1)
    for (const page of PAGES)
      // Each round takes the builds in the other order, so that neither always goes first.
      for (const build of run % 2 ? [...builds].reverse() : builds) {
        const figures = await audit(`http://127.0.0.1:${build.port}${page}`, chrome.port);
        const { metrics } = figures;
        console.log(
          `${build.name} ${page} run ${run + 1} (load average ${figures.load}): performance ` +
            `${figures.scores.performance}, TBT ${metrics['total-blocking-time']}, FCP ` +
            `${metrics['first-contentful-paint']}, LCP ${metrics['largest-contentful-paint']}` +
            (figures.error ? ` (failed: ${figures.error})` : ''),
        );
        ((runs[build.name] ??= {})[page] ??= []).push(figures);
      }
} finally {
  chrome.kill();
  for (const server of servers) await stopServer(server);
}

const results = medianRuns(runs['this build']!);
const baseline = BASELINE ? medianRuns(runs.baseline!) : undefined;
if (baseline) {
  console.log(`\nbaseline (${BASELINE}):`);
  printTable(baseline);
  console.log('\nthis build:');
}
printTable(results);
const out = path.join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `lighthouse-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), results, ...(baseline ? { baseline, runs } : RUNS > 1 ? { runs } : {}) }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(ROOT, file)}`);

async function audit(url: string, port: number): Promise<PageFigures> {
  const load = Math.round(loadavg()[0]! * 10) / 10;
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  if (process.env.BENCH_TRACE) saveTrace(url, result.artifacts.Trace);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
  );
  const metrics = Object.fromEntries(METRICS.map((id) => [id, audits[id]?.displayValue ?? '']));
  const flagged: Record<string, string> = {};
  for (const ref of categories.performance?.auditRefs ?? []) {
    const found = audits[ref.id];
    if (!found || found.score === null || found.score >= 0.9) continue;
    if (ref.weight > 0 || WATCHED.includes(ref.id))
      flagged[ref.id] = found.displayValue ?? found.title;
  }
  for (const id of WATCHED) {
    const found = audits[id];
    if (found && found.score !== null && found.score < 1)
      flagged[id] ??= found.displayValue ?? found.title;
  }
  const bfCache = audits['bf-cache']?.details;
  if (flagged['bf-cache'] && bfCache?.type === 'table')
    flagged['bf-cache'] += `: ${bfCache.items.map((item) => String(item.reason)).join('; ')}`;
  const error = result.lhr.runtimeError?.code;
  return { load, scores, metrics, flagged, ...(error ? { error } : {}) };
}

/**
 * Each page's run of median performance (the lower middle one of an even count), of the runs that
 * scored it; the last run where none did.
 */
function medianRuns(pages: Record<string, PageFigures[]>): Record<string, PageFigures> {
  return Object.fromEntries(
    Object.entries(pages).map(([page, figures]) => {
      const scored = figures.filter((run) => !run.error);
      if (!scored.length) return [page, figures.at(-1)!];
      const sorted = scored.sort((a, b) => a.scores.performance! - b.scores.performance!);
      return [page, sorted[Math.floor((sorted.length - 1) / 2)]!];
    }),
  );
}

/** Writes a page's trace and prints its five longest main-thread tasks, with their longest events inside. */
function saveTrace(url: string, trace: { traceEvents: TraceEvent[] }): void {
  const name = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'dashboard';
  const file = path.join(tmpdir(), `lighthouse-${name}-${new URL(url).port}.trace.json`);
  writeFileSync(file, JSON.stringify(trace));
  console.log(`\nwrote ${file}`);
  const events = trace.traceEvents.filter((event) => event.ph === 'X' && event.dur);
  const tasks = events
    .filter((event) => event.name === 'RunTask')
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 5);
  console.log(`\n${url}: longest tasks (unthrottled)`);
  for (const task of tasks) {
    const inside = events
      .filter(
        (event) =>
          event.tid === task.tid &&
          event.name !== 'RunTask' &&
          event.ts >= task.ts &&
          event.ts + event.dur! <= task.ts + task.dur!,
      )
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 6)
      .map((event) => `${event.name} ${(event.dur! / 1000).toFixed(0)} ms${detailOf(event)}`);
    console.log(`  ${(task.dur! / 1000).toFixed(0)} ms: ${inside.join('; ')}`);
  }
}

function printTable(all: Record<string, PageFigures>): void {
  const rows = [['page', 'load', ...CATEGORIES, ...METRICS.map(shortName)]];
  for (const [page, { load, scores, metrics }] of Object.entries(all))
    rows.push([
      page,
      String(load),
      ...CATEGORIES.map((id) => String(scores[id])),
      ...METRICS.map((id) => metrics[id]!),
    ]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  for (const [page, { flagged }] of Object.entries(all)) {
    console.log(`\n${page} flagged:`);
    for (const [id, summary] of Object.entries(flagged)) console.log(`  ${id}: ${summary}`);
  }
}

function shortName(metric: string): string {
  return metric
    .split('-')
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
