import { describe, expect, it } from 'vitest';
import { speakerNameOf, type SpeakerWords } from '@/lib/people/speaker-name-of';
import type { Participant, Person, Speaker } from '@/lib/types';

const KISHI: Participant = { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' };
const AUSTIN: Participant = {
  name: 'Lloyd J. Austin III',
  role: 'Secretary of Defense',
  country: 'us',
};
const HAYASHI: Participant = {
  name: 'Hayashi Yoshimasa',
  role: 'Minister for Foreign Affairs',
  country: 'japan',
};
const BLINKEN: Participant = {
  name: 'Antony J. Blinken',
  role: 'Secretary of State',
  country: 'us',
};
const ENVOY: Participant = {
  name: 'Rahm Emanuel',
  role: 'U.S. Ambassador to Japan',
  country: 'us',
};
const KISHIDA: Participant = { name: 'Kishida Fumio', role: 'Prime Minister', country: 'japan' };
const BIDEN: Participant = { name: 'Joseph R. Biden', role: 'President', country: 'us' };

const MINISTERIAL = [KISHI, AUSTIN];
const TWO_PLUS_TWO = [HAYASHI, KISHI, BLINKEN, AUSTIN, ENVOY];

const nameOf = (
  speaker: Speaker,
  participants: Participant[],
  text = 'The sides spoke.',
  people: Person[] = [],
) => speakerNameOf({ speaker, text }, participants, people).name;

describe('speakerNameOf()', () => {
  it("names one side's statement by the side's only participant", () => {
    expect(nameOf('japan', MINISTERIAL)).toBe('Kishi');
    expect(nameOf('us', MINISTERIAL)).toBe('Austin');
  });

  it('names a joint statement of one minister or one leader a side "Both ministers", "Both leaders"', () => {
    expect(nameOf('joint', MINISTERIAL)).toBe('Both ministers');
    expect(nameOf('joint', [KISHIDA, BIDEN, HAYASHI, BLINKEN])).toBe('Both leaders');
  });

  it('names a joint statement of several ministers a side "The ministers", leaving out the envoy', () => {
    expect(nameOf('joint', TWO_PLUS_TWO)).toBe('The ministers');
  });

  it('names the one of several participants of a side that the sentence names', () => {
    expect(nameOf('us', TWO_PLUS_TWO, 'Secretary Austin affirmed the commitment.')).toBe('Austin');
    expect(nameOf('japan', TWO_PLUS_TWO, 'Minister Hayashi welcomed it.')).toBe('Hayashi');
  });

  it('falls back to the side where several participants of it are named or none is', () => {
    expect(nameOf('us', TWO_PLUS_TWO)).toBe('U.S.');
    expect(nameOf('us', TWO_PLUS_TWO, 'Secretaries Blinken and Austin agreed.')).toBe('U.S.');
    expect(nameOf('japan', [])).toBe('Japan');
    expect(nameOf('joint', [KISHI])).toBe('Joint');
  });

  it('reads a surname as a whole word only ("Kishi" is not in "Kishida")', () => {
    expect(nameOf('japan', [KISHI, KISHIDA], 'Prime Minister Kishida spoke.')).toBe('Kishida');
  });

  it('keeps narration as narration', () => {
    expect(speakerNameOf({ speaker: 'other', text: 'They met.' }, MINISTERIAL)).toEqual({
      name: 'Narration',
      side: 'other',
      sideLabel: 'Narration',
      named: false,
    });
  });

  it('says the side beside the name, and whether anyone is named', () => {
    expect(speakerNameOf({ speaker: 'us', text: '' }, MINISTERIAL)).toEqual({
      name: 'Austin',
      side: 'us',
      sideLabel: 'U.S.',
      named: true,
    });
    expect(speakerNameOf({ speaker: 'us', text: '' }, []).named).toBe(false);
  });

  it("takes people.json's surname over the one read off the name", () => {
    const people: Person[] = [
      { name: 'Lloyd J. Austin III', surname: 'Austin III', country: 'us' },
    ];
    expect(nameOf('us', MINISTERIAL, 'They spoke.', people)).toBe('Austin III');
  });
});

describe('speakerNameOf() with Japanese words', () => {
  const JAPANESE: SpeakerWords = {
    language: 'ja',
    sides: { joint: '共同', japan: '日本', us: '米国', other: '地の文' },
    bothLeaders: '両首脳',
    bothMinisters: '両大臣',
    theMinisters: '閣僚',
  };
  const PEOPLE: Person[] = [
    { name: 'Kishi Nobuo', surname: 'Kishi', country: 'japan', surnameJa: '岸' },
    { name: 'Lloyd J. Austin III', surname: 'Austin', country: 'us', surnameJa: 'オースティン' },
  ];
  const japaneseNameOf = (speaker: Speaker, participants: Participant[], text = '協議した。') =>
    speakerNameOf({ speaker, text }, participants, PEOPLE, JAPANESE);

  it('names a person by the Japanese surname people.json gives, with the side in Japanese', () => {
    expect(japaneseNameOf('us', MINISTERIAL)).toMatchObject({
      name: 'オースティン',
      sideLabel: '米国',
      named: true,
    });
  });

  it('finds the named one of several by the English surname, and writes it in Japanese', () => {
    expect(japaneseNameOf('japan', TWO_PLUS_TWO, 'Minister Kishi stressed deterrence.').name).toBe(
      '岸',
    );
  });

  it('keeps the English surname where people.json has no Japanese one', () => {
    expect(japaneseNameOf('japan', [HAYASHI, BLINKEN]).name).toBe('Hayashi');
  });

  it('names joint statements and unnamed sides in Japanese', () => {
    expect(japaneseNameOf('joint', MINISTERIAL).name).toBe('両大臣');
    expect(japaneseNameOf('joint', [KISHIDA, BIDEN]).name).toBe('両首脳');
    expect(japaneseNameOf('other', MINISTERIAL).name).toBe('地の文');
  });
});
