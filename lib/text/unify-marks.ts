/**
 * The text with every apostrophe and single quote written ’, every double quote “ and every dash
 * -, so that readings and searches treat the styles alike. One character for one: offsets into the
 * result are offsets into the text as written.
 */
export function unifyMarks(text: string): string {
  return text
    .replace(/['‘’`]/g, '’')
    .replace(/["“”]/g, '“')
    .replace(/[‐‑‒–—]/g, '-');
}

/** `unifyMarks`, with every run of white space one space, for matching phrases across line breaks. */
export function normalizeForMatching(text: string): string {
  return unifyMarks(text).replace(/\s+/g, ' ');
}
