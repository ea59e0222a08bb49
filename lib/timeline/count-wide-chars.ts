/** Characters set full-width (CJK, kana, full-width forms): about twice a Latin letter's width. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** How many of a text's characters are full-width ("岸・オースティン会談" → 10, "2+2 東京" → 2). */
export function countWideChars(text: string): number {
  return text.match(WIDE)?.length ?? 0;
}
