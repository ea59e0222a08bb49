import type { Country, Participant, Person } from '../types';
import { inferJapaneseParticipants } from './infer-japanese-participants';
import { isJapanese } from './is-japanese';

interface Title {
  pattern: string;
  role: string;
  country: Country;
}

/** Titles in the order they are tried: longer ones first, so "Chief Cabinet Secretary" wins over "Secretary". */
const TITLES: Title[] = [
  { pattern: 'Prime Minister', role: 'Prime Minister', country: 'japan' },
  { pattern: 'Chief Cabinet Secretary', role: 'Chief Cabinet Secretary', country: 'japan' },
  { pattern: 'Minister of Defen[cs]e', role: 'Minister of Defense', country: 'japan' },
  { pattern: 'Defen[cs]e Minister', role: 'Minister of Defense', country: 'japan' },
  {
    pattern: 'Minister for Foreign Affairs',
    role: 'Minister for Foreign Affairs',
    country: 'japan',
  },
  { pattern: 'Foreign Minister', role: 'Minister for Foreign Affairs', country: 'japan' },
  { pattern: 'Governor', role: 'Governor', country: 'japan' },
  { pattern: 'Minister', role: 'Minister', country: 'japan' },
  { pattern: 'Deputy Secretary of Defen[cs]e', role: 'Deputy Secretary of Defense', country: 'us' },
  { pattern: 'Secretary of Defen[cs]e', role: 'Secretary of Defense', country: 'us' },
  { pattern: 'Defen[cs]e Secretary', role: 'Secretary of Defense', country: 'us' },
  { pattern: 'Secretary of State', role: 'Secretary of State', country: 'us' },
  { pattern: 'Secretary', role: 'Secretary', country: 'us' },
  { pattern: 'President', role: 'President', country: 'us' },
  { pattern: 'Ambassador', role: 'Ambassador', country: 'us' },
];

const NAME =
  "((?:[A-Z][A-Za-z’'-]+|[A-Z]\\.)(?:\\s+(?:[A-Z][A-Za-z’'-]+|[A-Z]\\.|III|II|IV|Jr\\.))*)";
const STOP_WORDS = /^(?:The|And|Of|On|In|At|During|Held|Met)$/;

/** A name with its office after it, as MOFA writes: "Mr. KISHIDA Fumio, Prime Minister of Japan". */
const NAME_THEN_TITLE = new RegExp(
  `(?:\\b(?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.|H\\.E\\.)\\s+|\\bthe Honou?rable\\s+)${NAME},\\s+(?:the\\s+)?([A-Z][A-Za-z ]+?) of (Japan|the United States)`,
  'g',
);

/**
 * The people a text names with a title ("Defense Minister Kishi", "Secretary of Defense Lloyd J.
 * Austin III", "Japanese Minister of Defense HAMADA Yasukazu"), in order of first mention, each
 * once. A surname the registry knows gives the full name and country; otherwise the title does.
 * A Japanese text is read as inferJapaneseParticipants() reads it.
 */
export function inferParticipants(text: string, people: Person[]): Participant[] {
  if (isJapanese(text)) return inferJapaneseParticipants(text, people);
  const found: (Participant & { at: number })[] = [];
  const taken: [number, number][] = [];
  for (const title of TITLES) {
    const pattern = new RegExp(
      `(Japanese |Japan’s |U\\.S\\. |American )?\\b${title.pattern} ${NAME}`,
      'g',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (taken.some(([a, b]) => start < b && start + match[0].length > a)) continue;
      taken.push([start, start + match[0].length]);
      const written = trimName(match[2]!);
      if (!written) continue;
      const person = findPerson(written, people);
      const country =
        person?.country ??
        (match[1]?.startsWith('U.S') || match[1] === 'American '
          ? 'us'
          : match[1]
            ? 'japan'
            : title.country);
      found.push({ at: start, name: person?.name ?? written, role: title.role, country });
    }
  }
  for (const match of text.matchAll(NAME_THEN_TITLE)) {
    const title = TITLES.find((t) => new RegExp(`^${t.pattern}$`).test(match[2]!));
    if (!title) continue;
    const written = trimName(match[1]!.replace(/,$/, ''));
    const person = findPerson(written, people);
    const country: Country = match[3] === 'Japan' ? 'japan' : 'us';
    found.push({ at: match.index, name: person?.name ?? written, role: title.role, country });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter(({ name }) => !seen.has(name) && Boolean(seen.add(name)))
    .map(({ name, role, country }) => ({ name, role, country }));
}

function trimName(name: string): string {
  const words = name.split(/\s+/);
  const stop = words.findIndex((word) => STOP_WORDS.test(word));
  // A name ends at its possessive: "Blinken’s Call with ..." names Blinken.
  const owner = words.findIndex((word) => /(?:’s|'s)$/.test(word));
  const end = [stop, owner + 1]
    .filter((index) => index > 0)
    .reduce((a, b) => Math.min(a, b), words.length);
  return words
    .slice(0, end)
    .join(' ')
    .replace(/’s$|'s$/, '');
}

function findPerson(written: string, people: Person[]): Person | undefined {
  const words = written
    .toLowerCase()
    .replace(/’s$|'s$/, '')
    .split(/\s+/);
  return people.find((person) => words.includes(person.surname.toLowerCase()));
}
