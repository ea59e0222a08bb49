import type { Person } from '../types';
import { JAPANESE_TITLES, type JapaneseTitle } from './japanese-titles';

/** A registry person named with an office in a Japanese text ("岸防衛大臣", "岸信夫防衛大臣"). */
export interface JapaneseMention {
  person: Person;
  title: JapaneseTitle;
  /** Where the mention starts in the text. */
  index: number;
}

/** What may stand between a name and its office: a given name, "米", "米国". */
const BETWEEN = '[^\\s、。はがからとのにをへ]{0,6}?';

/**
 * The registry people a Japanese text names with an office, in order: by `nameJa` or
 * `surnameJa`, the longest name first so that "岸田総理" is Kishida, not Kishi.
 */
export function findJapaneseMentions(text: string, people: Person[]): JapaneseMention[] {
  const byName = new Map<string, Person>();
  for (const person of people) {
    for (const name of [person.nameJa, person.surnameJa]) if (name) byName.set(name, person);
  }
  if (!byName.size) return [];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  const titles = JAPANESE_TITLES.map(({ title }) => title);
  const pattern = new RegExp(`(${names.join('|')})${BETWEEN}(${titles.join('|')})`, 'g');
  return [...text.matchAll(pattern)].map((match) => ({
    person: byName.get(match[1]!)!,
    title: JAPANESE_TITLES.find(({ title }) => title === match[2])!,
    index: match.index,
  }));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
