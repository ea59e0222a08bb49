/** A name as official English writes it: "China", "the Republic of Korea", "the Pacific Island nations". */
const ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’.-]*)*(?:\s+(?:partners|nations|countries|states))?`;

/** Names joined into a list: "China and Russia", "Japan, the United States and the Philippines". */
const LIST = new RegExp(`${ITEM}(?:\\s*,\\s*${ITEM})*\\s*,?\\s+(?:and|or)\\s+${ITEM}`, 'gu');

const LIST_SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;

/** The allies themselves: a list with them names the partners of a trilateral, not names in passing. */
const ALLY = /\b(?:japan|united states|u\.s\.)/i;

/** The first half of "the East and South China Seas": it names nothing on its own. */
const ELLIPSIS = /^(?:the\s+)?(?:north|south|east|west)(?:east|west)?(?:ern)?$/i;

/**
 * Names given as examples of all states rather than as the topic: "the international community,
 * including China", "all members of the Security Council, including China".
 */
const EXAMPLE =
  /\b(?:community|members|countries|nations|states|parties)\b[^.;]{0,60}?,?\s+(?:including|such as|notably)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’.-]*\s+)*$/u;

/**
 * Whether the name at `start` (of `length` characters) in `text` is named in passing: given as an
 * example of all states ("the international community, including China"), or in a list with a
 * country on no theme ("China and Russia"). A list with Japan or the United States in it names the
 * parties to what the sentence is about ("among Japan, the United States and the Republic of
 * Korea"). `isOnSomeTheme` says whether some words are on any theme. Words that are not a name (no
 * capital) are never in passing.
 */
export function isInPassing(
  text: string,
  start: number,
  length: number,
  isOnSomeTheme: (words: string) => boolean,
): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  // "China’s", "North Korea’s": the name owns what the sentence is about.
  if (text[start + length] === '’') return false;
  if (EXAMPLE.test(text.slice(0, start))) return true;
  for (const list of text.matchAll(LIST)) {
    const inside = start >= list.index && start + length <= list.index + list[0].length;
    if (!inside) continue;
    const items = list[0].split(LIST_SEPARATOR).filter((item) => !ELLIPSIS.test(item));
    if (!items.some((item) => ALLY.test(item)) && !items.every(isOnSomeTheme)) return true;
  }
  return false;
}
