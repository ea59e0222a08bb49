/** Brackets a sentence never ends inside: quotations, titles, asides. */
const OPENING = '「『（(【〈《［';
const CLOSING = '」』）)】〉》］';

/** Marks that end a Japanese sentence. */
const FULL_STOP = /[。！？]/;

/**
 * Splits a Japanese paragraph into sentences at 。, ！ and ？, never inside 「」, 『』 or （）:
 * "「自由で開かれたインド太平洋」の実現に向け連携する。" is one sentence however many stops its
 * quotation holds. A bracket left open to the paragraph's end is taken for a typing slip, and the
 * paragraph is split as though it were not there. Sentences come back as written, trimmed.
 */
export function splitJapaneseSentences(paragraph: string): string[] {
  return splitAt(paragraph, true) ?? splitAt(paragraph, false)!;
}

/** The sentences, or null where `nesting` is kept and a bracket is never closed. */
function splitAt(paragraph: string, nesting: boolean): string[] | null {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index]!;
    if (nesting && OPENING.includes(char)) depth += 1;
    else if (nesting && CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && FULL_STOP.test(char)) {
      pushTrimmed(sentences, paragraph.slice(start, index + 1));
      start = index + 1;
    }
  }
  if (depth > 0) return null;
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

function pushTrimmed(sentences: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed) sentences.push(trimmed);
}
