import { describe, expect, it } from 'vitest';
import { createThemeMatcher, inferParagraphThemes } from '@/lib/reader/infer-themes';
import type { Theme } from '@/lib/types';

const themes: Theme[] = [
  { id: 'senkaku', label: 'Senkaku', description: '', color: '#000000', lexicon: ['senkaku\\w*'] },
  {
    id: 'china-maritime',
    label: 'China',
    description: '',
    color: '#000000',
    lexicon: ['china', '(?<!economic )coerci\\w*'],
  },
  {
    id: 'taiwan-strait',
    label: 'Taiwan',
    description: '',
    color: '#000000',
    lexicon: ['taiwan\\w*'],
  },
  { id: 'okinawa', label: 'Okinawa', description: '', color: '#000000', lexicon: ['okinawa\\w*'] },
];
const match = createThemeMatcher(themes);

describe('createThemeMatcher()', () => {
  it('matches lexicon phrases case-insensitively from word starts', () => {
    expect(match('The SENKAKU Islands and Taiwan')).toEqual(['senkaku', 'taiwan-strait']);
    expect(match('Indochina')).toEqual([]);
  });

  it('matches straight and curly apostrophes alike', () => {
    expect(match("Okinawa's reversion")).toEqual(['okinawa']);
    expect(match('Okinawa’s reversion')).toEqual(['okinawa']);
  });

  it('honours look-behinds in the lexicon', () => {
    expect(match('economic coercion')).toEqual([]);
    expect(match('coercive actions')).toEqual(['china-maritime']);
  });
});

describe('inferParagraphThemes()', () => {
  it('gives a sentence with no themes of its own the topic of the sentence before it', () => {
    expect(
      inferParagraphThemes(
        [
          'The Secretary affirmed Article V applies to the Senkaku Islands.',
          'Secretary also opposed any attempt to undermine that administration.',
          'The Ministers stressed peace across the Taiwan Strait.',
        ],
        match,
      ),
    ).toEqual([['senkaku'], ['senkaku'], ['taiwan-strait']]);
  });

  it('takes the topic of the sentence after when the first sentence has none', () => {
    expect(
      inferParagraphThemes(
        ['The Ministers discussed the region.', 'China’s coercion grows.'],
        match,
      ),
    ).toEqual([['china-maritime'], ['china-maritime']]);
  });

  it('adds the topic before to a sentence that points back with "such actions"', () => {
    expect(
      inferParagraphThemes(
        ['China’s moves near Taiwan worry them.', 'Such actions harm Okinawa.'],
        match,
      ),
    ).toEqual([
      ['china-maritime', 'taiwan-strait'],
      ['okinawa', 'china-maritime', 'taiwan-strait'],
    ]);
  });

  it('carries no topic over for a pronoun subject with themes of its own', () => {
    expect(
      inferParagraphThemes(['China was discussed.', 'He also spoke of Okinawa.'], match),
    ).toEqual([['china-maritime'], ['okinawa']]);
  });
});
