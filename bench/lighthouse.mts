// npm run bench:lighthouse: Lighthouse 12 (mobile, its default simulated throttling, all four
// categories) on a production server over the bundled corpus, for the dashboard, /compare and
// /themes. Writes bench/results/lighthouse-<date>.json (scores, the main metrics and the
// performance audits that failed) and prints a table. BENCH_TRACE=1 also writes each page's
// Chromium trace (lighthouse-<page>.trace.json in the system's temporary folder, for the
// performance panel) and prints its longest main-thread tasks with what ran in them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { ROOT, startServer, stopServer } from './bench-server.mts';
import { detailOf, type TraceEvent } from './trace-events.mts';

const PORT = Number(process.env.BENCH_PORT ?? 3412);
const PAGES = (process.env.BENCH_PAGES ?? '/,/compare,/themes').split(',');
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
  scores: Record<string, number>;
  metrics: Record<string, string>;
  /** Performance audits that did not pass, by id, with Lighthouse's one-line summary. */
  flagged: Record<string, string>;
}

const server = await startServer(path.join(ROOT, 'data'), PORT);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [...CHROMIUM_ARGS, '--no-proxy-server'],
});
const results: Record<string, PageFigures> = {};
try {
  const origin = `http://127.0.0.1:${PORT}`;
  // The first answer loads the corpus; Lighthouse times the page, not that.
  await fetch(`${origin}/`);
  for (const page of PAGES) results[page] = await audit(`${origin}${page}`, chrome.port);
} finally {
  chrome.kill();
  await stopServer(server);
}

printTable(results);
const out = path.join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `lighthouse-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(ROOT, file)}`);

async function audit(url: string, port: number): Promise<PageFigures> {
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
  return { scores, metrics, flagged };
}

/** Writes a page's trace and prints its five longest main-thread tasks, with their longest events inside. */
function saveTrace(url: string, trace: { traceEvents: TraceEvent[] }): void {
  const name = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'dashboard';
  const file = path.join(tmpdir(), `lighthouse-${name}.trace.json`);
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
  const rows = [['page', ...CATEGORIES, ...METRICS.map(shortName)]];
  for (const [page, { scores, metrics }] of Object.entries(all))
    rows.push([
      page,
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
