/**
 * The most words a quoted formula phrase may have ("peace and stability across the Taiwan
 * Strait"): quoting more than a few words would copy official text.
 */
export const MAX_PHRASE_WORDS = 9;

/** The words of a text: runs between spaces that hold a letter or a digit ("2+2" is one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
