import { hasJapanese } from '../text/has-japanese';
import { JAPANESE_SEGMENTER } from '../text/japanese-segmenter';

/** A match with the words around it, for a keyword-in-context line. */
export interface KeywordInContext {
  /**
   * Up to `CONTEXT_WORDS` words before the match, starting with "…" where the text goes on; in
   * Japanese, up to `CONTEXT_CHARACTERS` characters of the match's sentence.
   */
  before: string;
  /** The matched text, exactly as written. */
  match: string;
  /** As `before`, after the match, ending with "…" where the text (or the sentence) goes on. */
  after: string;
}

/** How many words of context each side of a match keeps. */
export const CONTEXT_WORDS = 8;

/**
 * How many characters of context each side of a match in Japanese keeps, at most: Japanese words
 * (particles among them) are a character or two, so a count of words would say too little.
 */
export const CONTEXT_CHARACTERS = 24;

/** A sentence's last character in Japanese. */
const SENTENCE_END = /[。！？]/g;

/**
 * Splits `text` around the match at [start, end) into before, match and after. In Japanese the
 * context stays within the match's sentence, cut at 。, and keeps up to CONTEXT_CHARACTERS
 * characters each side, cut between words, with "…" where the sentence goes on.
 */
export function createKeywordInContext(
  text: string,
  start: number,
  end: number,
  contextWords: number = CONTEXT_WORDS,
): KeywordInContext {
  if (hasJapanese(text)) return createJapaneseKeywordInContext(text, start, end);
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

function createJapaneseKeywordInContext(
  text: string,
  start: number,
  end: number,
): KeywordInContext {
  const sentenceEnds = [...text.matchAll(SENTENCE_END)].map((match) => match.index + 1);
  const sentenceStart = sentenceEnds.filter((at) => at <= start).at(-1) ?? 0;
  const sentenceEnd = sentenceEnds.find((at) => at >= end) ?? text.length;
  return {
    before: takeLastCharacters(text.slice(sentenceStart, start).trimStart()),
    match: text.slice(start, end),
    after: takeFirstCharacters(text.slice(end, sentenceEnd)),
  };
}

/** The end of the text, up to CONTEXT_CHARACTERS characters, from the start of a word. */
function takeLastCharacters(text: string): string {
  if (text.length <= CONTEXT_CHARACTERS) return text;
  const from = wordEdgesOf(text).find((at) => text.length - at <= CONTEXT_CHARACTERS);
  return `…${text.slice(from ?? text.length - CONTEXT_CHARACTERS)}`;
}

/** The start of the text, up to CONTEXT_CHARACTERS characters, to the end of a word. */
function takeFirstCharacters(text: string): string {
  if (text.length <= CONTEXT_CHARACTERS) return text;
  const to = wordEdgesOf(text).findLast((at) => at > 0 && at <= CONTEXT_CHARACTERS);
  return `${text.slice(0, to ?? CONTEXT_CHARACTERS)}…`;
}

/** The offsets where the segmenter's words (and the spaces and marks between them) begin, ascending. */
function wordEdgesOf(text: string): number[] {
  return [...JAPANESE_SEGMENTER.segment(text)].map((segment) => segment.index);
}
