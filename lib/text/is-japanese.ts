/**
 * A character of Japanese script: kana, kanji and the marks written with them (ー, 々, 、, 。).
 * Script extensions, so that marks shared by the scripts count too.
 */
export const JAPANESE_CHARACTER = /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u;

/** Whether a text holds any Japanese script (a kana or kanji), so it is not split at spaces alone. */
export function isJapanese(text: string): boolean {
  return JAPANESE_CHARACTER.test(text);
}
