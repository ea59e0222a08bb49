import 'server-only';
import path from 'node:path';
import { createReadingContext } from '../reader/create-reading-context';
import type { ReadingContext } from '../reader/create-statements';
import { createFolderStore } from '../store/folder-store';
import type { CorpusStore, StoreChange, StoredFile } from '../store/corpus-store';
import type { Corpus, EventDetail } from '../types';
import {
  compareEvents,
  defaultCorpusDir,
  displayPath,
  loadCorpus,
  parseEventText,
  replaceCorpus,
} from './load-corpus';
import { carryCorpusIndex } from './corpus-index';
import { findEvent } from './find-event';
import { reshapeEvent } from './reshape-event';

/** A corpus folder's store, and the files in it that failed validation since the server started. */
interface Live {
  store: CorpusStore;
  /** Problems by event id: a file that is not valid, whose last good version is still served. */
  problems: Map<string, string[]>;
  stopWatching?: () => Promise<void>;
}

// One per folder for the whole process, as for the corpus itself (see load-corpus.ts).
const lives: Map<string, Live> = ((
  globalThis as { allianceTimelineLive?: Map<string, Live> }
).allianceTimelineLive ??= new Map());

function liveOf(dir: string): Live {
  let live = lives.get(dir);
  if (!live) {
    live = { store: createFolderStore(dir), problems: new Map() };
    lives.set(dir, live);
  }
  return live;
}

/** The store of a corpus folder (the folder of Markdown files). */
export function corpusStore(dir: string = defaultCorpusDir()): CorpusStore {
  return liveOf(dir).store;
}

const contexts = new WeakMap<Corpus, ReadingContext>();

/** What the reader needs of a corpus, made once per version of it. */
export function readingContextOf(corpus: Corpus): ReadingContext {
  let context = contexts.get(corpus);
  if (!context) {
    context = createReadingContext(corpus);
    contexts.set(corpus, context);
  }
  return context;
}

/**
 * What a stored file would be as an event of the corpus, without changing the corpus: the event,
 * or the problems that keep it out (each naming the file and the field).
 */
export function checkStoredFile(
  file: StoredFile,
  dir: string = defaultCorpusDir(),
): { event: EventDetail; problems: [] } | { event: null; problems: string[] } {
  const filePath = path.join(dir, 'events', `${file.id}.md`);
  const problems: string[] = [];
  const parsed = parseEventText(filePath, file.text, problems);
  if (!parsed) return { event: null, problems };
  if (parsed.frontMatter.id !== file.id)
    return {
      event: null,
      problems: [
        `${displayPath(filePath)}: id: "${parsed.frontMatter.id}" must match the file name (${file.id}.md)`,
      ],
    };
  const context = readingContextOf(loadCorpus(dir));
  const event = reshapeEvent(parsed.frontMatter, parsed.body, context, problems);
  if (problems.length)
    return {
      event: null,
      problems: problems.map((problem) => `${displayPath(filePath)}: ${problem}`),
    };
  return { event, problems: [] };
}

/**
 * Reads a stored file into the corpus served from memory: a valid file replaces its event (or adds
 * it), so every later request sees it; a file that is not valid leaves the last good version in
 * place. Returns the problems, empty where the file was taken.
 */
export function applyStoredFile(file: StoredFile, dir: string = defaultCorpusDir()): string[] {
  const { event, problems } = checkStoredFile(file, dir);
  if (!event) {
    liveOf(dir).problems.set(file.id, problems);
    return problems;
  }
  applyEvent(event, dir);
  return [];
}

/** Serves an event checked by checkStoredFile() from the next request on. */
export function applyEvent(event: EventDetail, dir: string = defaultCorpusDir()): void {
  liveOf(dir).problems.delete(event.id);
  const corpus = loadCorpus(dir);
  const next = withEvent(corpus, event);
  carryCorpusIndex(corpus, next, [event]);
  replaceCorpus(next);
}

/** Takes an event out of the corpus served from memory. */
export function removeStoredEvent(id: string, dir: string = defaultCorpusDir()): void {
  const corpus = loadCorpus(dir);
  liveOf(dir).problems.delete(id);
  if (!findEvent(corpus, id)) return;
  const next = withoutEvent(corpus, id);
  carryCorpusIndex(corpus, next, []);
  replaceCorpus(next);
}

/** A new version of the corpus with the event added, or in place of the one with its id. */
export function withEvent(corpus: Corpus, event: EventDetail): Corpus {
  const events = corpus.events.filter((other) => other.id !== event.id);
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEvents(events[middle]!, event) < 0) low = middle + 1;
    else high = middle;
  }
  events.splice(low, 0, event);
  return { ...corpus, events };
}

/** A new version of the corpus without the event of this id. */
export function withoutEvent(corpus: Corpus, id: string): Corpus {
  return { ...corpus, events: corpus.events.filter((event) => event.id !== id) };
}

/** The files that failed validation and are served in their last good version, by event id. */
export function corpusProblems(dir: string = defaultCorpusDir()): Record<string, string[]> {
  return Object.fromEntries(liveOf(dir).problems);
}

/**
 * Follows the corpus folder: files written by hand or by another server on the machine are read
 * into the corpus served from memory; a file that fails validation is reported with `report` and
 * on `/api/health`, and its last good version keeps being served.
 */
export function watchCorpus(
  dir: string = defaultCorpusDir(),
  report: (problems: string[]) => void = (problems) => console.error(problems.join('\n')),
): void {
  const live = liveOf(dir);
  if (live.stopWatching) return;
  live.stopWatching = live.store.watch((change: StoreChange) => {
    if (change.type === 'delete') return removeStoredEvent(change.id, dir);
    const problems = applyStoredFile(change.file, dir);
    if (problems.length) report(problems);
  });
}

/** Stops following the corpus folder. */
export async function stopWatchingCorpus(dir: string = defaultCorpusDir()): Promise<void> {
  const live = liveOf(dir);
  await live.stopWatching?.();
  live.stopWatching = undefined;
}

/**
 * Brings the corpus in memory up to date with the files on disk (those added or removed by
 * another process that the watcher has not yet reported), before a write decides on ids and
 * duplicates. Runs inside the store's exclusive section.
 */
export async function syncWithStore(dir: string = defaultCorpusDir()): Promise<void> {
  const { store } = liveOf(dir);
  const onDisk = new Set(await store.list());
  const inMemory = new Set(loadCorpus(dir).events.map((event) => event.id));
  for (const id of inMemory) if (!onDisk.has(id)) removeStoredEvent(id, dir);
  for (const id of onDisk) {
    if (inMemory.has(id) || liveOf(dir).problems.has(id)) continue;
    const file = await store.read(id);
    if (file) applyStoredFile(file, dir);
  }
}
