import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { StatementIndex } from '../search/statement-index';
import type { Corpus } from '../types';

/** Changes whenever what a snapshot holds changes shape. */
const SNAPSHOT_FORMAT = 1;

/** Where snapshots are kept, and which build of the reader they come from. */
export interface SnapshotPlace {
  /** The folder of snapshot files (one per corpus folder). */
  cacheDir: string;
  /** The build whose reader made them: a snapshot of another build is read again. */
  build: string;
}

/**
 * Where a production server keeps its snapshots: `.next/cache/alliance-timeline` (or
 * `ALLIANCE_TIMELINE_CACHE_DIR`), for the build in `.next/BUILD_ID`. Null, so no snapshot is
 * used, outside production, with `ALLIANCE_TIMELINE_SNAPSHOT=0`, or without a build.
 */
export function defaultSnapshotPlace(): SnapshotPlace | null {
  if (process.env.NODE_ENV !== 'production' || process.env.ALLIANCE_TIMELINE_SNAPSHOT === '0')
    return null;
  const next = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next');
  try {
    return {
      cacheDir:
        process.env.ALLIANCE_TIMELINE_CACHE_DIR || path.join(next, 'cache', 'alliance-timeline'),
      build: readFileSync(path.join(next, 'BUILD_ID'), 'utf8').trim(),
    };
  } catch {
    return null;
  }
}

/** A corpus as read from its files, and the index of its words (building it takes longer than reading it back). */
export interface CorpusSnapshot {
  corpus: Corpus;
  words: StatementIndex;
}

/**
 * The corpus as last read from `dir`, with the index of its words, where no file of it has changed since (by name, size and
 * modification time) and the same build read it; null otherwise, or where the snapshot is
 * missing or cannot be read.
 */
export function loadCorpusSnapshot(
  dir: string,
  place: SnapshotPlace | null,
): CorpusSnapshot | null {
  if (!place) return null;
  try {
    const { fingerprint, ...saved } = deserialize(
      readFileSync(snapshotFile(dir, place)),
    ) as Snapshot;
    return fingerprint === fingerprintOf(dir, place) ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps a corpus just read (and its words' index) as the snapshot of its folder; a cache that cannot be written is left be. */
export function saveCorpusSnapshot(saved: CorpusSnapshot, place: SnapshotPlace | null): void {
  if (!place) return;
  const file = snapshotFile(saved.corpus.dir, place);
  try {
    const snapshot: Snapshot = { fingerprint: fingerprintOf(saved.corpus.dir, place), ...saved };
    mkdirSync(place.cacheDir, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, serialize(snapshot));
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A server on a read-only disk reads its corpus at every start.
  }
}

interface Snapshot extends CorpusSnapshot {
  fingerprint: string;
}

function snapshotFile(dir: string, place: SnapshotPlace): string {
  const name = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 16);
  return path.join(place.cacheDir, `corpus-${name}.v8`);
}

/** The files a corpus is read from, by name, size and modification time, and the build reading them. */
function fingerprintOf(dir: string, place: SnapshotPlace): string {
  const hash = createHash('sha256').update(`${SNAPSHOT_FORMAT}\n${place.build}\n${dir}\n`);
  for (const name of ['themes.json', 'people.json']) hash.update(fileStamp(dir, name));
  const events = path.join(dir, 'events');
  for (const name of readdirSync(events)
    .filter((name) => name.endsWith('.md'))
    .sort())
    hash.update(fileStamp(events, name));
  return hash.digest('hex');
}

function fileStamp(dir: string, name: string): string {
  try {
    const { size, mtimeMs } = statSync(path.join(dir, name));
    return `${name} ${size} ${mtimeMs}\n`;
  } catch {
    return `${name} absent\n`;
  }
}
