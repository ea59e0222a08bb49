import { describe, expect, it } from 'vitest';
import { isInPassing } from '@/lib/reader/is-in-passing';

const isOnSomeTheme = (words: string) => /china|korea|taiwan|australia|philippines/i.test(words);
const inPassing = (text: string, name: string) =>
  isInPassing(text, text.indexOf(name), name.length, isOnSomeTheme);

describe('isInPassing()', () => {
  it('finds a country in a list with one on no theme', () => {
    expect(inPassing('China and Russia vetoed the resolution.', 'China')).toBe(true);
    expect(inPassing('They named Russia, China and Iran.', 'China')).toBe(true);
  });

  it('finds a country given as an example of all states', () => {
    expect(inPassing('They urged all members, including China, to comply.', 'China')).toBe(true);
    expect(
      inPassing('They urged the international community, such as China, to act.', 'China'),
    ).toBe(true);
  });

  it('keeps a country that owns what the sentence is about', () => {
    expect(inPassing('China’s coercion and Russia’s war were discussed.', 'China')).toBe(false);
    expect(inPassing('Russia’s war and North Korea’s support for it.', 'North Korea')).toBe(false);
  });

  it('keeps lists of names each on a theme, with the allies in them, or elliptical', () => {
    expect(inPassing('Cooperation with Australia and the Philippines.', 'Australia')).toBe(false);
    expect(
      inPassing(
        'Trilateral cooperation among Japan, the United States and Australia.',
        'Australia',
      ),
    ).toBe(false);
    expect(inPassing('Moves in the East and South China Seas.', 'China')).toBe(false);
    expect(inPassing('Regional partners such as Australia.', 'Australia')).toBe(false);
  });

  it('never takes a word without a capital for a name', () => {
    expect(inPassing('coercion and Russia were named.', 'coercion')).toBe(false);
  });
});
