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
    expect(match('The SENKAKU Islands and Taiwan').themes).toEqual(['senkaku', 'taiwan-strait']);
    expect(match('Indochina').themes).toEqual([]);
  });

  it('matches straight and curly apostrophes alike', () => {
    expect(match("Okinawa's reversion").themes).toEqual(['okinawa']);
    expect(match('Okinawa’s reversion').themes).toEqual(['okinawa']);
  });

  it('honours look-behinds in the lexicon', () => {
    expect(match('economic coercion').themes).toEqual([]);
    expect(match('coercive actions').themes).toEqual(['china-maritime']);
  });

  it('sets apart a country named in passing: in a list with others, or as an example', () => {
    expect(match('They called on all members, including China and Russia, to act.')).toEqual({
      themes: [],
      passing: ['china-maritime'],
    });
    expect(
      match('The leaders urged the international community, including China, to act.'),
    ).toEqual({ themes: [], passing: ['china-maritime'] });
    expect(match('China’s coercion and Russia’s war were discussed.').themes).toEqual([
      'china-maritime',
    ]);
  });

  it('counts a list of names each on a theme, or with the allies in it, as the topic', () => {
    expect(match('Ships near the Senkaku Islands and Taiwan.').themes).toEqual([
      'senkaku',
      'taiwan-strait',
    ]);
    expect(match('Cooperation among Japan, the United States and China.').themes).toEqual([
      'china-maritime',
    ]);
  });
});

describe('createThemeMatcher() on Japanese', () => {
  const matchJa = createThemeMatcher([
    { ...themes[0]!, lexiconJa: ['尖閣'] },
    { ...themes[1]!, lexiconJa: ['中国', '(?<!経済的)威圧'] },
    { ...themes[2]!, lexiconJa: ['台湾'] },
    {
      id: 'economic-security',
      label: '',
      description: '',
      color: '#000000',
      lexicon: ['x'],
      lexiconJa: ['経済版「?2\\+2」?'],
    },
    { ...themes[3]! },
  ]);

  it('matches the Japanese lexicon anywhere in a Japanese sentence, full-width read as half-width', () => {
    expect(matchJa('両大臣は、台湾海峡と尖閣諸島について協議した。').themes).toEqual([
      'senkaku',
      'taiwan-strait',
    ]);
    expect(matchJa('経済版「２＋２」の開催').themes).toEqual(['economic-security']);
    expect(matchJa('経済的威圧に反対した。').themes).toEqual([]);
  });

  it('never matches the Japanese lexicon in English, nor finds a theme with none in Japanese', () => {
    expect(
      matchJa('The 尖閣 islands were discussed at length by the two ministers.').themes,
    ).toEqual([]);
    expect(matchJa('沖縄の負担を軽減する。').themes).toEqual([]);
  });
});

describe('inferParagraphThemes() on Japanese', () => {
  const matchJa = createThemeMatcher([{ ...themes[1]!, lexiconJa: ['中国', '東シナ海'] }]);

  it('carries the topic to a sentence without one, but not to a closing courtesy', () => {
    expect(
      inferParagraphThemes(
        [
          '岸大臣から、東シナ海の情勢に懸念を表明しました。',
          'オースティン長官は、これに同意しました。',
          '両大臣は、引き続き緊密に意思疎通を図ることで一致しました。',
        ],
        matchJa,
      ),
    ).toEqual([['china-maritime'], ['china-maritime'], []]);
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

  it('gives a sentence that names a theme only in passing the topic of its paragraph', () => {
    expect(
      inferParagraphThemes(
        [
          'The Ministers condemned the launches near Okinawa.',
          'They called on all members, including China and Russia, to act.',
        ],
        match,
      ),
    ).toEqual([['okinawa'], ['okinawa']]);
    expect(
      inferParagraphThemes(['They called on all members, including China and Russia.'], match),
    ).toEqual([['china-maritime']]);
  });

  it('gives no topic to a sentence that reports the meeting or closes it', () => {
    expect(
      inferParagraphThemes(
        [
          'Secretary Austin spoke today with Minister Kishi.',
          'They discussed Taiwan.',
          'He looks forward to meeting Minister Kishi in Tokyo.',
        ],
        match,
      ),
    ).toEqual([[], ['taiwan-strait'], []]);
  });

  it('carries no topic over for a pronoun subject with themes of its own', () => {
    expect(
      inferParagraphThemes(['China was discussed.', 'He also spoke of Okinawa.'], match),
    ).toEqual([['china-maritime'], ['okinawa']]);
  });
});
