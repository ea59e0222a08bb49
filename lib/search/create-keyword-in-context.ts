/** A match with the words around it, for a keyword-in-context line. */
export interface KeywordInContext {
  /** Up to `CONTEXT_WORDS` words before the match, starting with "…" where the text goes on. */
  before: string;
  /** The matched text, exactly as written. */
  match: string;
  /** Up to `CONTEXT_WORDS` words after the match, ending with "…" where the text goes on. */
  after: string;
}

/** How many words of context each side of a match keeps. */
export const CONTEXT_WORDS = 8;

/** Splits `text` around the match at [start, end) into before, match and after. */
export function createKeywordInContext(
  text: string,
  start: number,
  end: number,
  contextWords: number = CONTEXT_WORDS,
): KeywordInContext {
  return {
    before: takeLastWords(text.slice(0, start), contextWords),
    match: text.slice(start, end),
    after: takeFirstWords(text.slice(end), contextWords),
  };
}

function takeLastWords(text: string, count: number): string {
  const starts = [...text.matchAll(/(?<!\S)\S/g)].map((match) => match.index);
  const from = starts[starts.length - count];
  return from === undefined || from === 0 ? text : `…${text.slice(from)}`;
}

function takeFirstWords(text: string, count: number): string {
  const ends = [...text.matchAll(/\S(?!\S)/g)].map((match) => match.index + 1);
  const to = ends[count - 1];
  return to === undefined || to === text.length ? text : `${text.slice(0, to)}…`;
}
