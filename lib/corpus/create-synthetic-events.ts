import { randomInt, randomLcg } from 'd3';
import { KINDS, type Kind, type Theme } from '../types';

/** A phrase per theme that the theme's own lexicon recognises; other themes fall back to their label. */
const THEME_PHRASES: Record<string, string> = {
  ukraine: 'support for Ukraine',
  'indo-pacific-order': 'a free and open Indo-Pacific',
  'china-maritime': 'activity in the East China Sea',
  senkaku: 'the Senkaku Islands',
  'taiwan-strait': 'peace and stability across the Taiwan Strait',
  'north-korea': 'North Korea’s missile launches',
  partners: 'cooperation with Australia and India',
  'alliance-capabilities': 'the Alliance’s capabilities to deter and respond',
  'japan-defense-buildup': 'the National Security Strategy',
  'extended-deterrence': 'extended deterrence',
  'cyber-information-security': 'cyber security',
  'equipment-technology': 'equipment and technology cooperation',
  'force-realignment': 'the realignment of U.S. forces',
  okinawa: 'reducing the impact on Okinawa',
  'host-nation-support': 'host nation support',
  space: 'security in outer space',
  'economic-security': 'economic security',
  'covid-climate': 'climate change',
  'command-and-control': 'command and control',
};

const SPEAKERS = ['The Ministers', 'The Japanese side', 'The U.S. side', 'Both sides'];
const VERBS = [
  'discussed',
  'underlined',
  'reviewed',
  'stressed the importance of',
  'agreed to advance',
];
const FORMATS = { telecon: 'phone', milestone: 'ceremony', anniversary: 'ceremony' } as const;

/** One invented event, as front matter and a Markdown body in the corpus format. */
export interface SyntheticEvent {
  frontMatter: Record<string, unknown>;
  body: string;
}

/**
 * Invented events for scale tests: dates spread over 1960-2024, kinds and themes drawn at random
 * (seeded, so the same `seed` gives the same corpus), titles and sources marked as synthetic.
 */
export function createSyntheticEvents(count: number, themes: Theme[], seed = 42): SyntheticEvent[] {
  const random = randomLcg(seed);
  const pick = <T>(items: readonly T[]) => items[randomInt.source(random)(items.length)()]!;
  const start = Date.UTC(1960, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const kind: Kind = pick(KINDS);
    const id = `${date}-synthetic-${index + 1}`;
    const paragraphs = Array.from({ length: 2 + Math.floor(random() * 4) }, () => {
      const theme = pick(themes);
      const phrase = THEME_PHRASES[theme.id] ?? theme.label;
      return `${pick(SPEAKERS)} ${pick(VERBS)} ${phrase}. ${pick(SPEAKERS)} ${pick(VERBS)} ${phrase} again.`;
    });
    return {
      frontMatter: {
        id,
        title: `Synthetic event ${index + 1} (invented)`,
        kind,
        date,
        format: kind in FORMATS ? FORMATS[kind as keyof typeof FORMATS] : 'in-person',
        sources: [
          {
            publisher: 'Synthetic corpus',
            title: `Invented event ${index + 1}`,
            url: `https://example.org/synthetic/${id}`,
            language: 'en',
            kind: 'publisher',
          },
        ],
        provenance: 'summary',
        synthetic: true,
      },
      body: `## Invented section\n\n${paragraphs.join('\n\n')}`,
    };
  });
}
