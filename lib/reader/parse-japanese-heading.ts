/**
 * Section and paragraph numbers in Japanese official texts: "１", "１．", "(1)", "（１）", "ア",
 * "（ア）", "①", "一", "二". A bracketed or circled number may run into its text ("（１）北朝鮮");
 * a bare one is followed by a space (a full-width space read as one).
 */
const BRACKETED = String.raw`[（(](?:[0-9０-９]{1,2}|[ア-ン]|[a-zａ-ｚ])[）)]|[①-⑳]`;
const BARE = String.raw`(?:[0-9０-９]{1,2}|[ア-ン]|[一二三四五六七八九十]{1,3})[．.、]?`;
const NUMBERED = new RegExp(`^(?:(?:${BRACKETED})\\s*|(?:${BARE})\\s+)(\\S.*)$`);
const BARE_NUMBER = new RegExp(`^(?:${BRACKETED}|${BARE})$`);

/** The longest line, in characters, taken for an unnumbered heading ("冒頭", "地域情勢"). */
const MAX_HEADING = 20;

/** Whether a Japanese line is a number alone ("（３）", "２"). */
export function isJapaneseBareNumber(line: string): boolean {
  return BARE_NUMBER.test(line);
}

/** A Japanese line without the number it opens with ("１　両大臣は、…" gives "両大臣は、…"). */
export function withoutJapaneseNumber(line: string): string {
  return NUMBERED.exec(line)?.[1] ?? line;
}

/**
 * A Japanese section heading, without its number: a numbered line that is not a sentence ("１
 * 冒頭", "（２）インド太平洋地域") or a short unnumbered line with no comma or full stop. Null for a
 * sentence ("１　両大臣は、…。"), a long line and a number alone.
 */
export function parseJapaneseHeading(line: string): string | null {
  if (BARE_NUMBER.test(line)) return null;
  const numbered = NUMBERED.exec(line);
  const title = (numbered?.[1] ?? line).trim();
  if (/[。！？]」?$/.test(title)) return null;
  if (numbered) return title;
  return title.length <= MAX_HEADING && !/[、。]/.test(title) ? title : null;
}
