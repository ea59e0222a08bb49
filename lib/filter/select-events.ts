import {
  corpusIndexOf,
  firstAtOrAfter,
  positionRange,
  type CorpusIndex,
} from '../corpus/corpus-index';
import type { EventQuery } from '../http/parse-event-query';
import { findCandidateIds } from '../search/statement-index';
import type { Corpus, EventDetail } from '../types';
import { filterEvents } from './filter-events';

/**
 * The events of a corpus that match every filter of the query, in date order: the same events as
 * filterEvents(corpus.events, query), found through the corpus's index. The date window and the
 * shortest of the theme, kind and word look-ups narrow the events down; filterEvents() then checks
 * the few that are left exactly.
 */
export function selectEvents(corpus: Corpus, query: EventQuery): EventDetail[] {
  const index = corpusIndexOf(corpus);
  const [start, end] = positionRange(index, query);
  const narrowest = [
    themePositions(index, query),
    kindPositions(index, query),
    wordPositions(index, query),
  ]
    .filter((positions): positions is readonly number[] => positions !== null)
    .sort((a, b) => a.length - b.length)[0];
  const candidates = narrowest
    ? within(narrowest, start, end).map((position) => corpus.events[position]!)
    : corpus.events.slice(start, end);
  return filterEvents(candidates, query);
}

/** Positions that may pass the theme filter, or null where it passes every event. */
function themePositions(index: CorpusIndex, query: EventQuery): readonly number[] | null {
  if (!query.themes.length) return null;
  const lists = query.themes.map((theme) => index.byTheme.get(theme) ?? []);
  if (query.match === 'all') return lists.sort((a, b) => a.length - b.length)[0]!;
  return union(lists);
}

function kindPositions(index: CorpusIndex, query: EventQuery): readonly number[] | null {
  if (!query.kinds.length) return null;
  return union(query.kinds.map((kind) => index.byKind.get(kind) ?? []));
}

function wordPositions(index: CorpusIndex, query: EventQuery): readonly number[] | null {
  if (!query.q) return null;
  const ids = findCandidateIds(index.text, query.q, 'substring');
  return ids && positionsOf(index, ids);
}

/** The positions of these events in the corpus version, ascending (ids it no longer has dropped). */
export function positionsOf(index: CorpusIndex, ids: Iterable<string>): number[] {
  const positions: number[] = [];
  for (const id of ids) {
    const position = index.positions.get(id);
    if (position !== undefined) positions.push(position);
  }
  return positions.sort((a, b) => a - b);
}

function union(lists: (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

function within(positions: readonly number[], start: number, end: number): readonly number[] {
  return positions.slice(
    firstAtOrAfter(positions, start, false),
    firstAtOrAfter(positions, end, false),
  );
}
