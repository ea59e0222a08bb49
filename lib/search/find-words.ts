import { hasJapanese } from '../text/has-japanese';
import { narrowWidth } from '../text/narrow-width';
import { unifyMarks } from '../text/unify-marks';

/** Where a text contains the words: character offsets [start, end) in the text as written. */
export interface WordsMatch {
  start: number;
  end: number;
}

/**
 * A finder for the words of a query, in order, from the start of a word: case-insensitive, any
 * run of spaces between words, straight and curly quotes and all dashes alike, full-width digits
 * and letters as their ASCII (第５条 finds 第5条, ＵＳ finds US). Null for no words.
 * A query that holds Japanese, written without spaces, is found anywhere (尖閣 in 尖閣諸島, 朝鮮
 * in 北朝鮮), and a space the query puts beside Japanese may be absent from the text.
 */
export function createWordsFinder(query: string): ((text: string) => WordsMatch | null) | null {
  const words = matchingFormOf(query).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  // Japanese has no spaces to start a word at, and its quotes follow letters.
  const start = hasJapanese(query) ? '' : '(?<![\\p{L}\\p{N}])';
  const body = words
    .slice(1)
    .reduce(
      (pattern, word, at) => `${pattern}${spaceBetween(words[at]!, word)}${escapeRegExp(word)}`,
      escapeRegExp(words[0]!),
    );
  const pattern = new RegExp(`${start}${body}`, 'iu');
  return (text) => {
    const match = pattern.exec(matchingFormOf(text));
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  };
}

/** The text as the finder reads it, one character for one, so offsets stay the text's own. */
function matchingFormOf(text: string): string {
  return narrowWidth(unifyMarks(text));
}

/** Words are apart by spaces; beside Japanese, by spaces or none. */
function spaceBetween(before: string, after: string): string {
  return hasJapanese([...before].at(-1)!) || hasJapanese([...after][0]!) ? '\\s*' : '\\s+';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
