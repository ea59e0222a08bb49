/**
 * Word segmentation of Japanese, which has no spaces between words: ICU's dictionary segmenter
 * (built into Node and the browsers), "台湾海峡の平和" → 台湾 | 海峡 | の | 平和. Its splits are a
 * dictionary's, not a grammar's, and may differ between ICU versions.
 */
export const JAPANESE_SEGMENTER = new Intl.Segmenter('ja', { granularity: 'word' });

/** The words of a text (letters or digits, without punctuation and spaces), in order. */
export function japaneseWordsOf(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of JAPANESE_SEGMENTER.segment(text))
    if (isWordLike) words.push(segment);
  return words;
}
