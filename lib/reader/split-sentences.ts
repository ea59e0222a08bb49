/**
 * Sentence splitting for official English: abbreviations ("U.S.", "etc.", "Jan. 12", "No. 1",
 * "Lloyd J. Austin III", "e.g."), closing quotes and parentheses after the full stop.
 * Sentences come back exactly as written, trimmed of the white space between them.
 */
import { isJapanese } from './is-japanese';
import { splitJapaneseSentences } from './split-japanese-sentences';

/** Abbreviations that never end a sentence (titles, and those followed by a number or name). */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'adm',
  'col',
  'maj',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'amb',
  'prof',
  'hon',
  'vs',
  'cf',
  'e.g',
  'i.e',
  'approx',
  'fig',
  'art',
]);

/** Abbreviations that end a sentence only when a number does not follow ("Jan. 12", "No. 1"). */
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'p',
  'pp',
  'vol',
  'para',
]);

/**
 * Abbreviations that may end a sentence or sit inside one ("U.S.", "a.m.", "Jr."): they end it
 * only when the next word is one that starts sentences rather than continuing a name.
 */
const SENTENCE_STARTERS = new Set([
  'the',
  'he',
  'she',
  'they',
  'it',
  'this',
  'these',
  'those',
  'both',
  'in',
  'on',
  'at',
  'we',
  'our',
  'i',
  'furthermore',
  'moreover',
  'also',
  'additionally',
  'however',
  'further',
  'japan',
  'minister',
  'prime',
  'foreign',
  'a',
  'an',
  'as',
  'after',
  'during',
  'with',
  'while',
  'following',
  'there',
  'finally',
  'lastly',
]);

const CANDIDATE = /[.!?]+["'”’)\]]*(?=\s)/g;

/**
 * Splits a paragraph into sentences; a Japanese one as splitJapaneseSentences() does. An empty or
 * blank paragraph gives no sentences.
 */
export function splitSentences(paragraph: string): string[] {
  if (isJapanese(paragraph)) return splitJapaneseSentences(paragraph);
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (isBoundary(paragraph, match.index, end)) {
      pushTrimmed(sentences, paragraph.slice(start, end));
      start = end;
    }
  }
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

function pushTrimmed(sentences: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed) sentences.push(trimmed);
}

function isBoundary(text: string, stop: number, end: number): boolean {
  const next = nextWord(text, end);
  if (!next || !/^[\p{Lu}\d“"‘'(\[]/u.test(next)) return false;
  if (text[stop] !== '.') return true;
  const before = wordBefore(text, stop).toLowerCase();
  if (NEVER_FINAL.has(before)) return false;
  if (BEFORE_NUMBER.has(before)) return !/^\d/.test(next);
  if (/^\p{Lu}$/u.test(wordBefore(text, stop))) return false; // an initial: "Lloyd J. Austin"
  if (isDottedAbbreviation(before) || before === 'jr' || before === 'sr') {
    return SENTENCE_STARTERS.has(next.replace(/^[“"‘'(]+/, '').toLowerCase());
  }
  return true;
}

/** "u.s", "a.m", "u.k": letters joined by full stops (the last stop is the candidate). */
function isDottedAbbreviation(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function wordBefore(text: string, stop: number): string {
  const match = /[\p{L}\d.]*$/u.exec(text.slice(Math.max(0, stop - 20), stop));
  return (match?.[0] ?? '').replace(/^\.+/, '');
}

function nextWord(text: string, end: number): string | undefined {
  return /^\s+(\S+)/.exec(text.slice(end, end + 40))?.[1];
}
