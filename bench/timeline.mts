// npm run bench:timeline: the dashboard's timeline against vis-timeline over the same synthetic
// events, in Chromium: time to ready, and frame times while zooming with the wheel and panning
// with a drag. Writes bench/results/timeline-<date>.json and prints a table. BENCH_TRACE=1 also
// traces one more load of ours per size (timeline-<size>.trace.json in the system's temporary
// folder, for the performance panel) and prints where its time to interactive went;
// BENCH_TRACE=only does that alone.
//
// BENCH_FLOOR=0 leaves out the floor: a Next.js page with one client component (bench/floor), built
// and served as the dashboard is, whose times to ready and to hydrated are what any page of this
// stack costs on the machine before its own work.
//
// Loads are timed in Chromium as a person runs it, drawing frames at the display's rate. Frames are
// measured in a second Chromium with the frame-rate limit off, so the time between two animation
// frames is the work a frame costs, not the display's refresh interval. Each frame of a gesture
// receives one input event, dispatched in the page, for both timelines alike.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { ensureCorpus, ROOT, startServer } from './bench-server.mts';
import { detailOf, type TraceEvent } from './trace-events.mts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 3411);
/**
 * Milliseconds to wait before each page opens, for both timelines: each load is timed on a machine
 * no longer busy with what came before (the last page's renderer exiting, the server finishing its
 * requests), as a person opening the dashboard would have it.
 */
const SETTLE = Number(process.env.BENCH_SETTLE ?? 1000);
/** What a traced load records (BENCH_TRACE): tasks, script evaluation, layout, user timings. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
];

const WINDOW = { from: '2021-01-01', to: '2023-12-31' };

interface Figures {
  /** Until the first view is on screen (for ours, the server-rendered picture). */
  readyMs: number;
  /** Until it answers gestures (for ours, the canvas has taken over; for vis-timeline, ready). */
  interactiveMs: number;
  /** Each run's time to ready, in the order run. */
  readyRunsMs: number[];
  zoom: { p50: number; p95: number };
  pan: { p50: number; p95: number };
}

/** Milliseconds from a click on a theme's checkbox to the frame that shows the change. */
interface ToggleFigures {
  /** Every toggle, on and off. */
  timeline: { median: number; max: number };
  /** Toggles on: a filter not seen before, so the matrix asks the API. */
  matrixNew: { median: number; max: number };
  /** Toggles off: back to every theme, whose matrix SWR has kept. */
  matrixBack: { median: number; max: number };
}

/** The themes toggled on and off, one after another (BENCH_TOGGLES of them). */
const TOGGLE_THEMES = [
  'Taiwan Strait',
  'North Korea',
  'Okinawa',
  'Senkaku Islands',
  'Partners',
  'Extended deterrence',
  'Space',
  'Ukraine',
];
const TOGGLES = Math.min(TOGGLE_THEMES.length, Number(process.env.BENCH_TOGGLES ?? 5));

/** Loads are timed in Chromium with its usual frame rate: no frames drawn faster than a display's. */
const loadBrowser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--no-proxy-server'],
});
const frameBrowser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  // Frames measured unthrottled: the time between two frames is the work a frame costs.
  args: [
    ...CHROMIUM_ARGS,
    '--no-proxy-server',
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
  ],
});

const results: Record<
  string,
  { events: number; ours: Figures; visTimeline: Figures; themeToggle: ToggleFigures }
> = {};
let floor: FloorFigures | null = null;
try {
  if (process.env.BENCH_FLOOR !== '0' && process.env.BENCH_TRACE !== 'only')
    floor = await measureFloor(RUNS);
  for (const size of SIZES) {
    const corpus = ensureCorpus(size);
    const server = await startServer(corpus, PORT);
    try {
      const origin = `http://127.0.0.1:${PORT}`;
      // The server's first answer loads the corpus; time the browser, not that.
      await fetch(`${origin}/?event=`);
      if (process.env.BENCH_TRACE) await traceOurs(origin, size);
      if (process.env.BENCH_TRACE === 'only') continue;
      const ours = await measure(RUNS, (page) => openOurs(page, origin));
      const themeToggle = await measureToggle(frameBrowser, origin);
      const visHtml = await createVisPage(origin);
      const visTimeline = await measure(RUNS, (page) => openVisTimeline(page, origin, visHtml));
      results[size] = { events: size, ours, visTimeline, themeToggle };
    } finally {
      server.kill();
    }
  }
} finally {
  await Promise.all([loadBrowser.close(), frameBrowser.close()]);
}

if (process.env.BENCH_TRACE === 'only') process.exit(0);
printTable(results);
if (floor)
  console.log(
    `\nthe floor, a Next.js page with one client component: ready ${floor.readyMs} ms, ` +
      `hydrated ${floor.hydratedMs} ms (each page: ${floor.hydratedRunsMs.join(', ')} ms)`,
  );
const out = path.join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `timeline-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, window: WINDOW, results, floor }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(ROOT, file)}`);

/**
 * Median times to ready and to interactive over `runs` fresh pages in the load browser, then the
 * gestures on one more page in the frame browser.
 */
async function measure(
  runs: number,
  open: (page: Page) => Promise<{ ready: number; interactive: number; target: string }>,
): Promise<Figures> {
  const ready: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE));
    const context = await loadBrowser.newContext({ viewport: { width: 1280, height: 800 } });
    const opened = await open(await context.newPage());
    ready.push(opened.ready);
    interactive.push(opened.interactive);
    await context.close();
  }
  const context = await frameBrowser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Gestures start once the page answers them.
  const figures = await gestures(page, (await open(page)).target);
  await context.close();
  return {
    readyMs: round(median(ready)),
    interactiveMs: round(median(interactive)),
    readyRunsMs: ready.map(round),
    ...figures,
  };
}

/** Median times of the floor page (bench/floor) from the start of navigation, as ours are timed. */
interface FloorFigures {
  readyMs: number;
  /** Until React has committed its one client component. */
  hydratedMs: number;
  hydratedRunsMs: number[];
}

/** Builds the floor page, serves it with `next start` and times `runs` fresh loads of it. */
async function measureFloor(runs: number): Promise<FloorFigures> {
  const next = path.join(ROOT, 'node_modules/next/dist/bin/next');
  const dir = path.join(ROOT, 'bench', 'floor');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const built = spawnSync(process.execPath, [next, 'build', dir], { env, stdio: 'ignore' });
  if (built.status !== 0) throw new Error('the floor page did not build');
  const port = PORT + 1;
  const server = spawn(
    process.execPath,
    [next, 'start', dir, '-p', String(port), '-H', '127.0.0.1'],
    { env, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (
      let tries = 0;
      !(await fetch(origin).then(
        (r) => r.ok,
        () => false,
      ));
      tries += 1
    ) {
      if (tries > 240) throw new Error('the floor page did not start');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const ready: number[] = [];
    const hydrated: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE));
      const context = await loadBrowser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(origin);
      const mark = (name: string) =>
        page
          .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name)
          .then(async (handle) => (await handle.jsonValue()) as number);
      ready.push(await mark('floor:ready'));
      hydrated.push(await mark('floor:hydrated'));
      await context.close();
    }
    return {
      readyMs: round(median(ready)),
      hydratedMs: round(median(hydrated)),
      hydratedRunsMs: hydrated.map(round),
    };
  } finally {
    server.kill();
  }
}

async function openOurs(page: Page, origin: string) {
  await page.goto(`${origin}/?from=${WINDOW.from}&to=${WINDOW.to}&event=`);
  const ready = await page.waitForFunction(
    () => performance.getEntriesByName('timeline:ready')[0]?.startTime,
  );
  const interactive = await page.waitForFunction(
    () => performance.getEntriesByName('timeline:interactive')[0]?.startTime,
  );
  return {
    ready: (await ready.jsonValue()) as number,
    interactive: (await interactive.jsonValue()) as number,
    target: '.timeline',
  };
}

async function openVisTimeline(page: Page, origin: string, html: string) {
  await page.route(`${origin}/bench/vis-timeline.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.goto(`${origin}/bench/vis-timeline.html`);
  const ready = await page.waitForFunction(
    () => performance.getEntriesByName('vis:ready')[0]?.startTime,
    undefined,
    { timeout: 120_000 },
  );
  const ms = (await ready.jsonValue()) as number;
  return { ready: ms, interactive: ms, target: '.vis-timeline' };
}

/**
 * Loads ours once more with a Chromium trace, writes it, and prints what led to interactive: the
 * page's marks and measures, its requests, and the main thread's tasks of 10 ms or more until
 * then, each with the longest events inside, all in ms from the start of navigation.
 */
async function traceOurs(origin: string, size: number): Promise<void> {
  // A load untraced first: the server's first answers encode what it then keeps.
  const warm = await loadBrowser.newContext();
  await openOurs(await warm.newPage(), origin);
  await warm.close();
  await new Promise((resolve) => setTimeout(resolve, SETTLE));
  const context = await loadBrowser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await loadBrowser.startTracing(page, { categories: TRACE_CATEGORIES });
  await openOurs(page, origin);
  const timings = (await page.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: performance
      .getEntries()
      .filter((entry) => entry.entryType === 'mark' || entry.entryType === 'measure')
      .map(({ name, startTime, duration }) => ({ name, startTime, duration })),
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .map(({ name, startTime, responseEnd, encodedBodySize, decodedBodySize }) => ({
        name,
        startTime,
        responseEnd,
        encodedBodySize,
        decodedBodySize,
      })),
  }))) as {
    origin: number;
    marks: { name: string; startTime: number; duration: number }[];
    resources: {
      name: string;
      startTime: number;
      responseEnd: number;
      encodedBodySize: number;
      decodedBodySize: number;
    }[];
  };
  const trace = JSON.parse((await loadBrowser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  const file = path.join(tmpdir(), `timeline-${size}.trace.json`);
  writeFileSync(file, JSON.stringify(trace));
  console.log(`\nwrote ${file}\n${size} events, one traced load of ours (ms from navigation):`);
  for (const { name, startTime, duration } of timings.marks)
    console.log(`  ${name}: ${round(startTime)}${duration ? ` (${round(duration)} long)` : ''}`);
  for (const {
    name,
    startTime,
    responseEnd,
    encodedBodySize,
    decodedBodySize,
  } of timings.resources)
    console.log(
      `  ${new URL(name).pathname}: ${round(startTime)} to ${round(responseEnd)}, ` +
        `${Math.round(encodedBodySize / 1024)} KB (${Math.round(decodedBodySize / 1024)} KB decoded)`,
    );
  printTasks(trace.traceEvents, timings);
}

/** The renderer's main-thread tasks of 10 ms or more until `timeline:interactive`. */
function printTasks(
  events: TraceEvent[],
  timings: { origin: number; marks: { name: string; startTime: number }[] },
): void {
  const interactive = timings.marks.find((mark) => mark.name === 'timeline:interactive');
  const traced = events.find((event) => event.name === 'timeline:interactive' && event.ph !== 'X');
  if (!interactive || !traced) return;
  // Trace time (µs) of the navigation's start, from the mark seen both ways.
  const zero = traced.ts - interactive.startTime * 1000;
  const at = (ts: number) => round((ts - zero) / 1000);
  const main = events.filter(
    (event) => event.pid === traced.pid && event.tid === traced.tid && event.ph === 'X',
  );
  const tasks = main.filter(
    (event) =>
      event.name === 'RunTask' && event.dur! >= 10_000 && event.ts <= traced.ts && event.ts >= zero,
  );
  console.log('  main-thread tasks of 10 ms or more until interactive:');
  for (const task of tasks) {
    const inside = main
      .filter(
        (event) =>
          event.name !== 'RunTask' &&
          event.ts >= task.ts &&
          event.ts + event.dur! <= task.ts + task.dur!,
      )
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 6)
      .map((event) => `${event.name} ${round(event.dur! / 1000)}${detailOf(event)}`);
    console.log(`  ${at(task.ts)} +${round(task.dur! / 1000)}: ${inside.join('; ')}`);
  }
}

/** A page that draws the same events with vis-timeline, one group per lane, on the same window. */
async function createVisPage(origin: string): Promise<string> {
  const events: { id: string; title: string; kind: string; date: string }[] = [];
  // Every event, a page of 1,000 at a time.
  for (let cursor: string | null = ''; cursor !== null;) {
    const page = (await (
      await fetch(`${origin}/api/events?limit=1000${cursor ? `&cursor=${cursor}` : ''}`)
    ).json()) as { events: typeof events; next: string | null };
    events.push(...page.events);
    cursor = page.next;
  }
  const groups = [
    'leaders-summit',
    'security-consultative-committee',
    'defense-ministerial',
    'telecon',
    'milestone',
  ];
  const items = events.map((event) => ({
    id: event.id,
    content: event.title,
    start: event.date,
    group: event.kind === 'anniversary' ? 'milestone' : event.kind,
  }));
  const script = readFileSync(
    path.join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
    'utf8',
  );
  const css = readFileSync(
    path.join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
    'utf8',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<div id="timeline" style="width:1240px"></div>
<script>${script}</script>
<script>
const items = new vis.DataSet(${JSON.stringify(items)});
const groups = new vis.DataSet(${JSON.stringify(groups.map((id) => ({ id, content: id })))});
const timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, {
  start: '${WINDOW.from}', end: '${WINDOW.to}', min: '1960-01-01', max: '2027-01-01', zoomMin: 7 * 86400000, stack: true,
});
let done = false;
timeline.on('changed', () => { if (!done) { done = true; performance.mark('vis:ready'); } });
</script></body></html>`;
}

/** Frame times while zooming in and out with the wheel, and while dragging, one input per frame. */
async function gestures(page: Page, target: string): Promise<Pick<Figures, 'zoom' | 'pan'>> {
  await page.waitForTimeout(300);
  const script = readFileSync(path.join(ROOT, 'bench', 'in-page.js'), 'utf8');
  const zoom = (await page.evaluate(
    `${script}\nwheelGesture(${JSON.stringify(target)})`,
  )) as number[];
  // Let what the zoom set off when it settled (the URL, the matrix's new window) finish first.
  await page.waitForTimeout(1000);
  const pan = (await page.evaluate(
    `${script}\ndragGesture(${JSON.stringify(target)})`,
  )) as number[];
  return { zoom: percentiles(zoom), pan: percentiles(pan) };
}

/**
 * Toggles TOGGLES themes on and off in turn in the dashboard's filter, and times each change until
 * the timeline and the matrix under it show it. Each theme is new to the page when toggled on (the
 * matrix asks the API for it); toggling it off goes back to every theme.
 */
async function measureToggle(browser: Browser, origin: string): Promise<ToggleFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openOurs(page, origin);
  await page.getByText('Filter by theme:').click();
  await page.getByRole('checkbox', { name: /^Taiwan Strait/ }).waitFor();
  // The matrix loads once it nears the screen.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator('.matrix-help').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const all = Number(/^(\d+) themes/.exec((await page.locator('.matrix-help').textContent())!)![1]);
  const script = readFileSync(path.join(ROOT, 'bench', 'in-page.js'), 'utf8');
  const timeline: number[] = [];
  const matrixNew: number[] = [];
  const matrixBack: number[] = [];
  for (const theme of TOGGLE_THEMES.slice(0, TOGGLES)) {
    for (const rows of [1, all]) {
      await page.waitForTimeout(400);
      const figures = (await page.evaluate(
        `${script}\ntoggleTheme(${JSON.stringify(theme)}, ${rows})`,
      )) as { timeline: number; matrix: number };
      timeline.push(figures.timeline);
      (rows === 1 ? matrixNew : matrixBack).push(figures.matrix);
    }
  }
  await context.close();
  const summary = (values: number[]) => ({
    median: round(median(values)),
    max: round(Math.max(...values)),
  });
  return {
    timeline: summary(timeline),
    matrixNew: summary(matrixNew),
    matrixBack: summary(matrixBack),
  };
}

function percentiles(frames: number[]): { p50: number; p95: number } {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: round(at(0.5)), p95: round(at(0.95)) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function printTable(all: typeof results): void {
  const rows = [['events', 'metric', 'Alliance Timeline', 'vis-timeline 8.5.4', 'ratio']];
  for (const { events, ours, visTimeline } of Object.values(all)) {
    const add = (metric: string, a: number, b: number) =>
      rows.push([String(events), metric, `${a} ms`, `${b} ms`, `${round(b / a)}×`]);
    add('time to ready', ours.readyMs, visTimeline.readyMs);
    add('time to interactive', ours.interactiveMs, visTimeline.interactiveMs);
    add('wheel zoom frame p50', ours.zoom.p50, visTimeline.zoom.p50);
    add('wheel zoom frame p95', ours.zoom.p95, visTimeline.zoom.p95);
    add('drag pan frame p50', ours.pan.p50, visTimeline.pan.p50);
    add('drag pan frame p95', ours.pan.p95, visTimeline.pan.p95);
  }
  console.log();
  const toggleRows = [
    ['events', 'theme toggle: timeline', 'matrix, new filter', 'matrix, back to all themes'],
  ];
  for (const { events, themeToggle } of Object.values(all)) {
    const cell = ({ median, max }: { median: number; max: number }) => `${median} / ${max} ms`;
    const { timeline, matrixNew, matrixBack } = themeToggle;
    toggleRows.push([String(events), cell(timeline), cell(matrixNew), cell(matrixBack)]);
  }
  console.log('(median / slowest, from the click to the frame that shows it)');
  printRows(toggleRows);
  console.log();
  printRows(rows);
  console.log('\ntime to ready of each page, in the order loaded (ms)');
  for (const { events, ours, visTimeline } of Object.values(all)) {
    console.log(`${events} events, Alliance Timeline: ${ours.readyRunsMs.join(', ')}`);
    console.log(`${events} events, vis-timeline: ${visTimeline.readyRunsMs.join(', ')}`);
  }
}

function printRows(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}
