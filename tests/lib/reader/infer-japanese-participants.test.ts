import { describe, expect, it } from 'vitest';
import { inferJapaneseParticipants } from '@/lib/reader/infer-japanese-participants';
import { inferParticipants } from '@/lib/reader/infer-participants';
import type { Person } from '@/lib/types';

const people: Person[] = [
  { name: 'Kishi Nobuo', surname: 'Kishi', country: 'japan', nameJa: '岸信夫', surnameJa: '岸' },
  { name: 'Kishida Fumio', surname: 'Kishida', country: 'japan', surnameJa: '岸田' },
  { name: 'Lloyd J. Austin III', surname: 'Austin', country: 'us', surnameJa: 'オースティン' },
  { name: 'Hayashi Yoshimasa', surname: 'Hayashi', country: 'japan' },
];

describe('inferJapaneseParticipants()', () => {
  it('names the registry’s people by their Japanese names and offices, in order, each once', () => {
    expect(
      inferJapaneseParticipants(
        '岸防衛大臣は、オースティン米国防長官と会談を行い、岸大臣から謝意を述べました。',
        people,
      ),
    ).toEqual([
      { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' },
      { name: 'Lloyd J. Austin III', role: 'Secretary of Defense', country: 'us' },
    ]);
  });

  it('tells 岸田総理 from 岸, and leaves out a name the registry does not know in Japanese', () => {
    expect(inferJapaneseParticipants('岸田総理は、林外務大臣と協議しました。', people)).toEqual([
      { name: 'Kishida Fumio', role: 'Prime Minister', country: 'japan' },
    ]);
  });
});

describe('inferParticipants()', () => {
  it('reads a Japanese text as inferJapaneseParticipants() does', () => {
    expect(inferParticipants('岸信夫防衛大臣は会談した。', people)).toEqual([
      { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' },
    ]);
  });
});
