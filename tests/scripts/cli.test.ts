import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, FIXTURE_CORPUS_DIR, ROOT } from '../helpers';

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'seed-readout.txt');
const work = mkdtempSync(path.join(tmpdir(), 'cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[], corpusDir = DATA_DIR) {
  const result = spawnSync(
    process.execPath,
    [TSX, '--conditions=react-server', path.join(ROOT, 'scripts', script), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: corpusDir },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run read', () => {
  it('prints the reader’s result as {"event": ...} and saves nothing', () => {
    const { status, stdout } = run('read.ts', [SEED]);
    expect(status).toBe(0);
    const { event, language } = JSON.parse(stdout);
    expect(event).toMatchObject({ id: '2022-05-04-defense-ministerial', statementCount: 24 });
    expect(event.statements).toHaveLength(24);
    expect(language).toBe('en');
  });

  it('says a readout in Japanese is in Japanese', () => {
    const readout = path.join(ROOT, 'tests', 'fixtures', 'readouts', 'mod-ja-telecon.txt');
    const { status, stdout } = run('read.ts', [readout]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).language).toBe('ja');
  });

  it('stops with a one-line error for a missing or empty file', () => {
    const empty = path.join(work, 'empty.txt');
    writeFileSync(empty, '  \n');
    for (const file of [path.join(work, 'missing.txt'), empty]) {
      const { status, stderr } = run('read.ts', [file]);
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^error: .*(cannot read|is empty)/);
    }
  });
});

describe('npm run corpus:check (run before every build)', () => {
  it('counts what a valid corpus holds', () => {
    const { status, stdout } = run('check-corpus.ts', [], FIXTURE_CORPUS_DIR);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Corpus OK: 5 events, 13 statements, 1 formula phrases /);
  });

  it('stops with a message naming the file and the field of a bad event', () => {
    const corpus = path.join(work, 'bad-corpus');
    cpSync(FIXTURE_CORPUS_DIR, corpus, { recursive: true });
    const file = path.join(corpus, 'events', '2021-09-20-telecon.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: telecon', 'kind: dinner'));
    const { status, stderr } = run('check-corpus.ts', [], corpus);
    expect(status).toBe(1);
    expect(stderr).toMatch(/2021-09-20-telecon\.md: kind: Invalid option/);
  });

  it('passes the bundled corpus', () => {
    const { status, stdout } = run('check-corpus.ts', []);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Corpus OK: \d+ events, \d+ statements, \d+ formula phrases /);
  });
});
