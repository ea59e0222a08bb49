import { createKeywordInContext, type KeywordInContext } from './create-keyword-in-context';
import { createWordsFinder } from './find-words';
import type { SearchQuery } from '../http/parse-search-query';
import { toEventSummary } from '../corpus/to-event-summary';
import type { EventDetail, EventSummary, Statement } from '../types';
import { isOnTheme } from '../corpus/is-on-theme';

/** A statement that contains the words, with its event and the match in context. */
export interface SearchHit extends KeywordInContext {
  statement: Statement;
  event: EventSummary;
}

/** The most hits a search returns; `total` still counts them all. */
export const MAX_HITS = 500;

/** Every statement that contains the words (first match in each), in date and document order. */
export function searchStatements(
  events: EventDetail[],
  query: SearchQuery,
): { hits: SearchHit[]; total: number } {
  const find = createWordsFinder(query.q);
  const hits: SearchHit[] = [];
  let total = 0;
  if (!find) return { hits, total };
  for (const event of events) {
    for (const statement of event.statements) {
      if (!isFilterMatch(statement, query)) continue;
      const match = find(statement.text);
      if (!match) continue;
      total++;
      if (hits.length < MAX_HITS)
        hits.push({
          statement,
          event: toEventSummary(event),
          ...createKeywordInContext(statement.text, match.start, match.end),
        });
    }
  }
  return { hits, total };
}

function isFilterMatch(statement: Statement, query: SearchQuery): boolean {
  return (
    (!query.themes.length || query.themes.some((id) => isOnTheme(statement, id))) &&
    (!query.speakers.length || query.speakers.includes(statement.speaker))
  );
}
