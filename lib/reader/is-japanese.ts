import { JAPANESE_CHARACTER } from '../text/has-japanese';

const JAPANESE = new RegExp(JAPANESE_CHARACTER.source, 'gu');
const LETTER = /[\p{L}\p{N}]/gu;

/** The share of kana and kanji among its letters above which a text is Japanese. */
const JAPANESE_SHARE = 0.3;

/**
 * Whether a text is written in Japanese: kana and kanji make up more than 30% of its letters and
 * digits. A name in kanji in an English readout, or "FOIP" in a Japanese one, does not tip it.
 */
export function isJapanese(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const japanese = text.match(JAPANESE)?.length ?? 0;
  return letters > 0 && japanese / letters > JAPANESE_SHARE;
}

/** The language a document is written in, from its text: `ja` or `en`. */
export function inferLanguage(text: string): 'ja' | 'en' {
  return isJapanese(text) ? 'ja' : 'en';
}
