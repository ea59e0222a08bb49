import { hasJapanese } from '../text/has-japanese';
import { japaneseWordsOf } from '../text/japanese-segmenter';
import { unifyMarks } from '../text/unify-marks';

const WORD = /[\p{L}\p{N}]+(?:[-’][\p{L}\p{N}]+)*/gu;
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The words of a text as phrase matching sees them: lower-case, without punctuation, quotes or
 * articles, plurals made singular ("the Senkaku Islands" and "Senkaku Island" read alike).
 * Japanese, which has no spaces, is split by the Japanese segmenter after full-width letters and
 * digits are made ordinary ones (第５条 and 第5条 read alike).
 */
export function tokenizeForPhrases(text: string): string[] {
  const words = hasJapanese(text)
    ? japaneseWordsOf(unifyMarks(text.normalize('NFKC')).toLowerCase())
    : (unifyMarks(text).toLowerCase().match(WORD) ?? []);
  return words.filter((word) => !ARTICLES.has(word)).map(toSingular);
}

/** A crude singular, applied alike to the phrase and the text, so it only needs to be consistent. */
function toSingular(word: string): string {
  if (hasJapanese(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|’s)$/.test(word))
    return word.slice(0, -1);
  return word;
}
