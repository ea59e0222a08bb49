import {
  createStatementIndex,
  withEventIndexed,
  type StatementIndex,
} from '../search/statement-index';
import type { Corpus, EventDetail } from '../types';

/**
 * Look-ups over one version of a corpus, so that a request reads the few events it needs instead
 * of scanning them all. Positions are indexes into `corpus.events` (date order).
 */
export interface CorpusIndex {
  /** Position of each event by id. */
  positions: ReadonlyMap<string, number>;
  /** The events' dates in corpus order, for binary search on a date window. */
  dates: readonly string[];
  /** Positions of the events on each theme (by their statements' themes), ascending. */
  byTheme: ReadonlyMap<string, readonly number[]>;
  /** Positions of the events of each kind, ascending. */
  byKind: ReadonlyMap<string, readonly number[]>;
  /** The words of every event, to find candidates for `q`. */
  text: StatementIndex;
}

// One cache for the whole process, beside the corpora (see load-corpus.ts): route bundles are
// separate module instances.
const indexes: WeakMap<Corpus, CorpusIndex> = ((
  globalThis as { allianceTimelineIndexes?: WeakMap<Corpus, CorpusIndex> }
).allianceTimelineIndexes ??= new WeakMap());

/** The index of a corpus version, built on first use and kept as long as the version is. */
export function corpusIndexOf(corpus: Corpus): CorpusIndex {
  let index = indexes.get(corpus);
  if (!index) {
    index = createCorpusIndex(corpus.events, createStatementIndex(corpus.events));
    indexes.set(corpus, index);
  }
  return index;
}

/** Indexes a corpus with the index of its words made earlier (kept in its snapshot). */
export function adoptWordIndex(corpus: Corpus, words: StatementIndex): void {
  indexes.set(corpus, createCorpusIndex(corpus.events, words));
}

/**
 * Indexes `next`, a version of `previous` with `changed` events added or replaced (or some
 * removed), reusing the words already indexed: only the changed events' words are read.
 */
export function carryCorpusIndex(previous: Corpus, next: Corpus, changed: EventDetail[]): void {
  const before = indexes.get(previous);
  if (!before) return;
  const text = changed.reduce(withEventIndexed, before.text);
  indexes.set(next, createCorpusIndex(next.events, text));
}

function createCorpusIndex(events: readonly EventDetail[], text: StatementIndex): CorpusIndex {
  const positions = new Map<string, number>();
  const byTheme = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  events.forEach((event, position) => {
    positions.set(event.id, position);
    for (const theme of event.themes) listOf(byTheme, theme).push(position);
    listOf(byKind, event.kind).push(position);
  });
  return { positions, dates: events.map((event) => event.date), byTheme, byKind, text };
}

function listOf(lists: Map<string, number[]>, key: string): number[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

/** The event with this id in a corpus version, through its index. */
export function eventById(corpus: Corpus, id: string): EventDetail | undefined {
  const position = corpusIndexOf(corpus).positions.get(id);
  return position === undefined ? undefined : corpus.events[position];
}

/** The positions [from, to) of the events dated within the inclusive bounds (`YYYY-MM-DD`). */
export function positionRange(
  index: CorpusIndex,
  window: { from?: string; to?: string },
): [number, number] {
  const start = window.from ? firstAtOrAfter(index.dates, window.from, false) : 0;
  const end = window.to ? firstAtOrAfter(index.dates, window.to, true) : index.dates.length;
  return [start, Math.max(start, end)];
}

/** The first position whose item is after `value` (`strictly`) or not before it. */
export function firstAtOrAfter<T extends string | number>(
  sorted: readonly T[],
  value: T,
  strictly: boolean,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = sorted[middle]!;
    if (item < value || (strictly && item === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
