import { unifyMarks } from '../text/unify-marks';

/** Where a text contains the words: character offsets [start, end) in the text as written. */
export interface WordsMatch {
  start: number;
  end: number;
}

/**
 * A finder for the words of a query, in order, from the start of a word: case-insensitive, any
 * run of spaces between words, straight and curly quotes and all dashes alike. Null for no words.
 */
export function createWordsFinder(query: string): ((text: string) => WordsMatch | null) | null {
  const words = unifyMarks(query).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}`, 'iu');
  return (text) => {
    const match = pattern.exec(unifyMarks(text));
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
