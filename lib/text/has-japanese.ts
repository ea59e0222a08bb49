/**
 * A letter of Japanese script: kana, kanji (with 々 and 〆) and the prolonged sound mark ー (full
 * or half width). Not the punctuation the scripts share with others: 、。「」 and the middle dot ·,
 * which English text uses too.
 */
export const JAPANESE_CHARACTER = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}\u30fc\uff70]/u;

/** Every Japanese letter lies at or above U+2E80: a quick test that most English text fails. */
const AT_OR_ABOVE_CJK = /[\u2e80-\uffff]/;

/** Whether a text holds any Japanese letter, so it is not split at spaces alone. */
export function hasJapanese(text: string): boolean {
  return AT_OR_ABOVE_CJK.test(text) && JAPANESE_CHARACTER.test(text);
}
