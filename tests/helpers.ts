import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, onTestFinished, vi } from 'vitest';
import { createReadingContext } from '@/lib/reader/create-reading-context';
import type { ReadingContext } from '@/lib/reader/create-statements';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { Kind } from '@/lib/types';

export const ROOT = path.resolve(__dirname, '..');
export const DATA_DIR = path.join(ROOT, 'data');
/** A small corpus written for the tests; its README says what each event holds. */
export const FIXTURE_CORPUS_DIR = path.join(ROOT, 'tests', 'fixtures', 'corpus');

/**
 * Points everything that loads the default corpus (the route handlers, loadCorpus() and
 * loadPhrases() without a folder) at `dir`, the fixture corpus unless told, for the tests of the
 * calling file.
 */
export function stubCorpusDir(dir: string = FIXTURE_CORPUS_DIR): void {
  beforeAll(() => {
    vi.stubEnv('CORPUS_DIR', dir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}

/**
 * A corpus folder for one test, removed when the test ends: the themes.json and people.json of
 * `from` (the fixture corpus unless told), an empty events folder, then `files` written into it by
 * their paths in the folder ("events/x.md", "phrases.json", or "themes.json" to replace it).
 */
export function createCorpusDir(
  files: Record<string, string> = {},
  from: string = FIXTURE_CORPUS_DIR,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of ['themes.json', 'people.json'])
    cpSync(path.join(from, name), path.join(dir, name));
  mkdirSync(path.join(dir, 'events'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A file under tests/fixtures, as text. */
export function readFixture(name: string): string {
  return readFileSync(path.join(ROOT, 'tests', 'fixtures', name), 'utf8');
}

/** The reading context of the bundled corpus. */
export function bundledContext(): ReadingContext {
  return createReadingContext(loadCorpus(DATA_DIR));
}

/** The theme ids that saved links depend on, in taxonomy order: they never change. */
export const FIXED_THEME_IDS = [
  'ukraine',
  'indo-pacific-order',
  'china-maritime',
  'senkaku',
  'taiwan-strait',
  'north-korea',
  'partners',
  'alliance-capabilities',
  'japan-defense-buildup',
  'extended-deterrence',
  'cyber-information-security',
  'equipment-technology',
  'force-realignment',
  'okinawa',
];

/** A timeline event for layout tests: a defense ministerial with no themes unless told. */
export function createTimelineEvent(
  id: string,
  date: string,
  {
    kind = 'defense-ministerial',
    themes = [],
    references = [],
  }: { kind?: Kind; themes?: string[]; references?: string[] } = {},
): TimelineEvent {
  return {
    id,
    title: id,
    kind,
    date,
    time: Date.parse(`${date}T00:00:00Z`),
    themes,
    provenance: 'summary',
    references,
  };
}
