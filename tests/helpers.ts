import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createReadingContext } from '@/lib/reader/create-reading-context';
import type { ReadingContext } from '@/lib/reader/create-statements';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { Kind } from '@/lib/types';

export const ROOT = path.resolve(__dirname, '..');
export const DATA_DIR = path.join(ROOT, 'data');

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
