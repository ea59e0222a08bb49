import { createKeywordInContext, type KeywordInContext } from './create-keyword-in-context';
import { createWordsFinder } from './find-words';
import { findCandidateIds } from './statement-index';
import { corpusIndexOf } from '../corpus/corpus-index';
import { positionsOf } from '../filter/select-events';
import { createPage } from '../http/create-page';
import type { CursorKey } from '../http/page-cursor';
import type { PageQuery } from '../http/parse-page-query';
import type { SearchQuery } from '../http/parse-search-query';
import { toEventSummary } from '../corpus/to-event-summary';
import type { Corpus, EventDetail, EventSummary, Statement } from '../types';
import { isOnTheme } from '../corpus/is-on-theme';

/** A statement that contains the words, with its event and the match in context. */
export interface SearchHit extends KeywordInContext {
  statement: Statement;
  event: EventSummary;
}

/** A page of hits, the number of statements found in all, and the cursor of the next page (null on the last). */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
  next: string | null;
}

/** Where a statement of the corpus contains the words (its first match). */
interface StatementMatch {
  event: EventDetail;
  /** The statement's place in its event, from 0. */
  number: number;
  start: number;
  end: number;
}

/** The page of statements containing the words (first match in each), in date and document order. */
export function searchStatements(
  corpus: Corpus,
  query: SearchQuery,
  page: PageQuery,
): SearchResult {
  const { items, total, next } = createPage(findStatementMatches(corpus, query), page, keyOf);
  return { hits: items.map(toHit), total, next };
}

function keyOf(match: StatementMatch): CursorKey {
  return [match.event.date, match.event.id, match.number];
}

function toHit({ event, number, start, end }: StatementMatch): SearchHit {
  const statement = event.statements[number]!;
  return {
    statement,
    event: toEventSummary(event),
    ...createKeywordInContext(statement.text, start, end),
  };
}

/** How many searches' matches each corpus version keeps, the most recently asked. */
const KEPT_SEARCHES = 64;

// Per corpus version, on the process (route bundles are separate module instances).
const kept: WeakMap<Corpus, Map<string, StatementMatch[]>> = ((
  globalThis as { allianceTimelineSearches?: WeakMap<Corpus, Map<string, StatementMatch[]>> }
).allianceTimelineSearches ??= new WeakMap());

/**
 * Every statement that contains the words, in date and document order: the corpus's word index
 * gives the events that may hold them, the words finder reads their statements. The last
 * KEPT_SEARCHES searches of a corpus version are kept, so paging through them costs no new search.
 */
function findStatementMatches(corpus: Corpus, query: SearchQuery): StatementMatch[] {
  let searches = kept.get(corpus);
  if (!searches) kept.set(corpus, (searches = new Map()));
  const key = JSON.stringify([query.q, query.themes, query.speakers]);
  let matches = searches.get(key);
  if (matches) searches.delete(key);
  else matches = matchStatements(candidateEvents(corpus, query.q), query);
  searches.set(key, matches);
  if (searches.size > KEPT_SEARCHES) searches.delete(searches.keys().next().value!);
  return matches;
}

function candidateEvents(corpus: Corpus, q: string): readonly EventDetail[] {
  const index = corpusIndexOf(corpus);
  const ids = findCandidateIds(index.text, q, 'words');
  return ids ? positionsOf(index, ids).map((position) => corpus.events[position]!) : corpus.events;
}

function matchStatements(events: readonly EventDetail[], query: SearchQuery): StatementMatch[] {
  const find = createWordsFinder(query.q);
  const matches: StatementMatch[] = [];
  if (!find) return matches;
  for (const event of events) {
    event.statements.forEach((statement, number) => {
      if (!isFilterMatch(statement, query)) return;
      const match = find(statement.text);
      if (match) matches.push({ event, number, ...match });
    });
  }
  return matches;
}

function isFilterMatch(statement: Statement, query: SearchQuery): boolean {
  return (
    (!query.themes.length || query.themes.some((id) => isOnTheme(statement, id))) &&
    (!query.speakers.length || query.speakers.includes(statement.speaker))
  );
}
