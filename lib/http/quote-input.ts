/** The longest stretch of someone's input an error message repeats (characters). */
export const MAX_QUOTED_LENGTH = 100;

/** Input quoted in an error message: its first 100 characters, and an ellipsis if there was more. */
export function quoteInput(text: string): string {
  const shown = Array.from(text).slice(0, MAX_QUOTED_LENGTH).join('');
  return `"${shown}${shown.length < text.length ? '…' : ''}"`;
}
