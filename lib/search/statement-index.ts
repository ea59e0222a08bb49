import { hasJapanese, JAPANESE_CHARACTER } from '../text/has-japanese';
import { narrowWidth } from '../text/narrow-width';
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
  /** Japanese: the token is a character pair the text must hold, or one character inside a pair. */
  japanese?: true;
}

/** How a query is matched: `words` as createWordsFinder() (from the start of a word), `substring` anywhere. */
export type TextMatch = 'words' | 'substring';

const TOKEN = /[\p{L}\p{N}]+/gu;
const JAPANESE_LETTERS = JAPANESE_CHARACTER.source.slice(1, -1);
/** A run of Japanese letters, or of other letters and digits, within a token. */
const SCRIPT_RUN = new RegExp(`[${JAPANESE_LETTERS}]+|[^${JAPANESE_LETTERS}]+`, 'gu');

/**
 * The tokens of a text as the matchers see it: marks unified, full-width digits and letters as
 * their ASCII, lower case (ſ as s, as a
 * case-insensitive regular expression reads it), split at every character not a letter or digit.
 * Japanese, written without spaces and found anywhere in a word, gives its overlapping character
 * pairs (台湾海峡 → 台湾, 湾海, 海峡; one character alone stays one), split off other scripts.
 */
export function tokensOf(text: string): string[] {
  const tokens = lowerOf(text).match(TOKEN) ?? [];
  return hasJapanese(text) ? tokens.flatMap(splitJapanese) : tokens;
}

function splitJapanese(token: string): string[] {
  return (token.match(SCRIPT_RUN) ?? []).flatMap((run) =>
    hasJapanese(run) ? pairsOf(run) : [run],
  );
}

/** 台湾海峡 → 台湾, 湾海, 海峡; a single character → itself. */
function pairsOf(run: string): string[] {
  const characters = [...run];
  if (characters.length < 2) return characters;
  return characters.slice(1).map((character, at) => characters[at] + character);
}

function lowerOf(text: string): string {
  return narrowWidth(unifyMarks(text)).toLowerCase().replace(/ſ/g, 's');
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
 * where the index cannot narrow it down (no letter or digit in the query, or one outside ASCII and
 * Japanese, which case-insensitive matching may read in ways lower-casing does not) and every event
 * must be looked at. Japanese in the query is found anywhere in the text's words.
 */
export function findCandidateIds(
  index: StatementIndex,
  query: string,
  match: TextMatch,
): Set<string> | null {
  const tokens = queryTokensOf(query.trim(), match);
  if (
    !tokens.length ||
    tokens.some(({ token, japanese }) => !japanese && /[^\x00-\x7f]/.test(token))
  )
    return null;
  const [first, ...others] = tokens.map((queryToken) => ordinalsOf(index, queryToken));
  const ordinals = others.reduce(
    (kept, found) => new Set([...kept].filter((ordinal) => found.has(ordinal))),
    first!,
  );
  return new Set([...ordinals].map((ordinal) => index.ids[ordinal]!));
}

function queryTokensOf(query: string, match: TextMatch): QueryToken[] {
  const lower = lowerOf(query);
  // A words query starts at the start of a word, unless it holds Japanese (see createWordsFinder).
  const wordStart = match === 'words' && !hasJapanese(lower);
  return [...lower.matchAll(TOKEN)].flatMap(({ 0: token, index: at }) =>
    [...token.matchAll(SCRIPT_RUN)].flatMap(({ 0: run, index: offset }) =>
      queryTokensOfRun(run, at + offset, lower.length, wordStart),
    ),
  );
}

function queryTokensOfRun(
  run: string,
  at: number,
  length: number,
  wordStart: boolean,
): QueryToken[] {
  if (hasJapanese(run))
    return pairsOf(run).map((pair) => ({ token: pair, start: false, end: false, japanese: true }));
  // Any character of the query before a run, or after it, is one that is not a letter or digit
  // or is Japanese, and the text's tokens are split there too, so the text's token starts or ends
  // there.
  return [{ token: run, start: wordStart || at > 0, end: at + run.length < length }];
}

function ordinalsOf(index: StatementIndex, queryToken: QueryToken): Set<number> {
  const { token, start, end } = queryToken;
  const ordinals = new Set<number>();
  const words = queryToken.japanese
    ? japaneseWordsFitting(index, token)
    : wordsFitting(index, token, start, end);
  for (const word of words) for (const ordinal of index.postings.get(word)!) ordinals.add(ordinal);
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

/** A pair of characters is a token of its own; one character may be either of a pair's. */
function japaneseWordsFitting(index: StatementIndex, token: string): string[] {
  if ([...token].length > 1) return index.postings.has(token) ? [token] : [];
  return index.vocabulary.filter((word) => word.includes(token));
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
