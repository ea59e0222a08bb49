import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT, readFixture } from '../helpers';
import { startPageServer, type PageServer } from '../lib/fetch/page-server';

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'seed-readout.txt');
const SEED_FILE = '2022-05-04-defense-ministerial.md';
const SEED_SOURCE =
  'https://www.mod.go.jp/en/article/2022/05/a857233f38c7b2e733ad50bf391d394e59339d4a.html';
const README = readFixture('readouts/mod-ministerial.txt');
const EVENT = '2022-01-07-security-consultative-committee.md';
const work = mkdtempSync(path.join(tmpdir(), 'import-'));
let pages: PageServer;

beforeAll(async () => {
  pages = await startPageServer({
    '/readout.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: README },
  });
});
afterAll(async () => {
  await pages.close();
  rmSync(work, { recursive: true, force: true });
});

/** A corpus of the taxonomy, one event and, where asked, the seed meeting. */
function createCorpus(withSeed = false): string {
  const dir = mkdtempSync(path.join(work, 'corpus-'));
  const files = ['themes.json', 'people.json', `events/${EVENT}`];
  for (const file of withSeed ? [...files, `events/${SEED_FILE}`] : files)
    cpSync(path.join(DATA_DIR, file), path.join(dir, file));
  return dir;
}

/** Runs the command as a child process; asynchronously, so that the page server can answer. */
function runImport(args: string[], corpusDir: string) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [TSX, '--conditions=react-server', path.join(ROOT, 'scripts', 'import.ts'), ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CORPUS_DIR: corpusDir,
          ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN: pages.origin,
        },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import', () => {
  it('writes the seed’s event file as committed, then skips it as existing', async () => {
    const corpus = createCorpus();
    const args = [
      SEED,
      '--source',
      SEED_SOURCE,
      '--utc-offset=-04:00',
      '--source-title',
      'Japan-U.S. Defense Ministerial Meeting (summary)',
    ];
    const first = await runImport(args, corpus);
    expect(first.stderr).toBe(`[1/1] imported ${SEED} as 2022-05-04-defense-ministerial\n`);
    expect(first.status).toBe(0);
    // The committed file adds the project's Japanese title and label, which no readout gives.
    expect(readFileSync(path.join(corpus, 'events', SEED_FILE), 'utf8')).toBe(
      readFileSync(path.join(DATA_DIR, 'events', SEED_FILE), 'utf8').replace(
        /^(?:titleJa|labelJa): .*\n/gm,
        '',
      ),
    );
    const again = await runImport(args, corpus);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^0 imported, 1 skipped as existing, 0 failed/);
    expect(again.stdout).toContain(
      `skipped ${SEED}: in the corpus already, as 2022-05-04-defense-ministerial`,
    );
  });

  it('reads a page by URL', async () => {
    const corpus = createCorpus();
    const url = `${pages.origin}/readout.txt`;
    const { status, stdout } = await runImport(
      [url, '--source', 'https://www.mod.go.jp/en/article/2031/03/talks.html'],
      corpus,
    );
    expect(stdout).toMatch(/^1 imported, 0 skipped as existing, 0 failed/);
    expect(status).toBe(0);
    const file = readFileSync(
      path.join(corpus, 'events', '2031-03-02-defense-ministerial.md'),
      'utf8',
    );
    expect(file).toContain('url: https://www.mod.go.jp/en/article/2031/03/talks.html');
    expect(file).toContain('publisher: Ministry of Defense');
  });

  it('goes through folders, files and URLs, and sums up with the reason of each failure', async () => {
    const corpus = createCorpus(true);
    const folder = path.join(work, 'readouts');
    mkdirSync(path.join(folder, 'older'), { recursive: true });
    cpSync(SEED, path.join(folder, 'older', 'seed.txt'));
    writeFileSync(path.join(folder, 'talks.txt'), README);
    writeFileSync(path.join(folder, 'notes.md'), 'not a readout');
    const missing = path.join(work, 'missing.pdf');
    const gone = `${pages.origin}/gone`;
    const { status, stdout, stderr } = await runImport([folder, missing, gone], corpus);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(4);
    expect(stdout.split('\n')).toEqual([
      `0 imported, 1 skipped as existing, 3 failed (corpus: ${corpus})`,
      `  skipped ${path.join(folder, 'older', 'seed.txt')}: in the corpus already, as 2022-05-04-defense-ministerial`,
      `  failed ${path.join(folder, 'talks.txt')}: no source URL: give the official page with --source https://... (one file at a time)`,
      `  failed ${missing}: cannot read: ENOENT`,
      `  failed ${gone}: url: HTTP 404 from ${gone}`,
      '',
    ]);
    expect(readdirSync(path.join(corpus, 'events')).sort()).toEqual([EVENT, SEED_FILE].sort());
  });

  it('refuses --source with more than one document', async () => {
    const { status, stderr } = await runImport(
      [SEED, SEED, '--source', SEED_SOURCE],
      createCorpus(),
    );
    expect(status).toBe(1);
    expect(stderr).toBe('error: --source names one document’s page, but 2 documents were given\n');
  });
});
