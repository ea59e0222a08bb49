import { unifyMarks } from '../text/unify-marks';
import type { EventDetail } from '../types';

/**
 * An inverted index of the words of events (title and statements), to find the few events that can
 * hold a query's words before the exact matchers look at them. Events get an ordinal as they are
 * added; an event added again (changed) gets a new one, and the old one still points at its id, so
 * a look-up may give an id whose current text no longer matches: the exact check drops it.
 */
export interface StatementIndex {
  /** Event id by ordinal. */
  ids: readonly string[];
  /** Ordinals of the events holding each token, ascending. */
  postings: ReadonlyMap<string, readonly number[]>;
  /** Every token, sorted, for prefix look-ups. */
  vocabulary: readonly string[];
}

/** Where a query's token must sit in a token of the text. */
interface QueryToken {
  token: string;
  /** The text's token starts where this one does. */
  start: boolean;
  /** The text's token ends where this one does. */
  end: boolean;
}

/** How a query is matched: `words` as createWordsFinder() (from the start of a word), `substring` anywhere. */
export type TextMatch = 'words' | 'substring';

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The tokens of a text as the matchers see it: marks unified, lower case (ſ as s, as a
 * case-insensitive regular expression reads it), split at every character not a letter or digit.
 */
export function tokensOf(text: string): string[] {
  return lowerOf(text).match(TOKEN) ?? [];
}

function lowerOf(text: string): string {
  return unifyMarks(text).toLowerCase().replace(/ſ/g, 's');
}

/** The index of these events, in the given order. */
export function createStatementIndex(events: readonly EventDetail[]): StatementIndex {
  const postings = new Map<string, number[]>();
  events.forEach((event, ordinal) => {
    for (const token of eventTokensOf(event)) {
      const list = postings.get(token);
      if (list) list.push(ordinal);
      else postings.set(token, [ordinal]);
    }
  });
  return {
    ids: events.map((event) => event.id),
    postings,
    vocabulary: [...postings.keys()].sort(),
  };
}

/** A new index with the event (added, or changed) in it; `index` itself is left as it was. */
export function withEventIndexed(index: StatementIndex, event: EventDetail): StatementIndex {
  const ordinal = index.ids.length;
  const postings = new Map(index.postings);
  let vocabulary = index.vocabulary;
  for (const token of eventTokensOf(event)) {
    const list = postings.get(token);
    if (!list) vocabulary = insertSorted(vocabulary, token);
    postings.set(token, list ? [...list, ordinal] : [ordinal]);
  }
  return { ids: [...index.ids, event.id], postings, vocabulary };
}

function eventTokensOf(event: EventDetail): Set<string> {
  const tokens = new Set(tokensOf(event.title));
  for (const statement of event.statements)
    for (const token of tokensOf(statement.text)) tokens.add(token);
  return tokens;
}

function insertSorted(sorted: readonly string[], token: string): string[] {
  const at = lowerBound(sorted, token);
  return [...sorted.slice(0, at), token, ...sorted.slice(at)];
}

/**
 * The ids of the events that may hold the query (every event that does is among them), or null
 * where the index cannot narrow it down (no letter or digit in the query, or one outside ASCII,
 * which case-insensitive matching may read in ways lower-casing does not) and every event must be
 * looked at.
 */
export function findCandidateIds(
  index: StatementIndex,
  query: string,
  match: TextMatch,
): Set<string> | null {
  const tokens = queryTokensOf(query.trim(), match);
  if (!tokens.length || tokens.some(({ token }) => /[^\x00-\x7f]/.test(token))) return null;
  const [first, ...others] = tokens.map((queryToken) => ordinalsOf(index, queryToken));
  const ordinals = others.reduce(
    (kept, found) => new Set([...kept].filter((ordinal) => found.has(ordinal))),
    first!,
  );
  return new Set([...ordinals].map((ordinal) => index.ids[ordinal]!));
}

function queryTokensOf(query: string, match: TextMatch): QueryToken[] {
  const lower = lowerOf(query);
  return [...lower.matchAll(TOKEN)].map(({ 0: token, index: at }) => ({
    token,
    // A words query starts at the start of a word; any character of the query before a token,
    // or after it, is one that is not a letter or digit, so the text's token starts or ends there.
    start: match === 'words' || at > 0,
    end: at + token.length < lower.length,
  }));
}

function ordinalsOf(index: StatementIndex, { token, start, end }: QueryToken): Set<number> {
  const ordinals = new Set<number>();
  for (const word of wordsFitting(index, token, start, end))
    for (const ordinal of index.postings.get(word)!) ordinals.add(ordinal);
  return ordinals;
}

function wordsFitting(
  index: StatementIndex,
  token: string,
  start: boolean,
  end: boolean,
): string[] {
  if (start && end) return index.postings.has(token) ? [token] : [];
  if (start) return wordsStartingWith(index.vocabulary, token);
  return index.vocabulary.filter((word) => (end ? word.endsWith(token) : word.includes(token)));
}

function wordsStartingWith(vocabulary: readonly string[], prefix: string): string[] {
  const words: string[] = [];
  for (let at = lowerBound(vocabulary, prefix); vocabulary[at]?.startsWith(prefix); at++)
    words.push(vocabulary[at]!);
  return words;
}

/** The first position in a sorted list whose item is not before `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
