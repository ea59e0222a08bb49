import { describe, expect, it } from 'vitest';
import {
  createJapaneseSpeakerReader,
  isJapaneseNarration,
} from '@/lib/reader/infer-japanese-speaker';
import { inferSpeakers } from '@/lib/reader/infer-speaker';
import type { Person } from '@/lib/types';

const people: Person[] = [
  { name: 'Kishi Nobuo', surname: 'Kishi', country: 'japan', nameJa: '岸信夫', surnameJa: '岸' },
  { name: 'Kishida Fumio', surname: 'Kishida', country: 'japan', surnameJa: '岸田' },
  { name: 'Lloyd J. Austin III', surname: 'Austin', country: 'us', surnameJa: 'オースティン' },
  { name: 'Joseph R. Biden', surname: 'Biden', country: 'us', surnameJa: 'バイデン' },
];

describe('createJapaneseSpeakerReader()', () => {
  it.each([
    ['両大臣は、台湾海峡の平和と安定の重要性を確認しました。', 'joint'],
    ['両首脳は、北朝鮮を非難しました。', 'joint'],
    ['閣僚は、同盟の役割を再確認した。', 'joint'],
    ['岸大臣から、防衛力強化の決意を伝えました。', 'japan'],
    ['岸信夫防衛大臣は、謝意を述べました。', 'japan'],
    ['岸田総理から、決意を述べました。', 'japan'],
    ['オースティン長官から、コミットメントに言及がありました。', 'us'],
    ['バイデン大統領は、支持を表明しました。', 'us'],
    ['また、オースティン長官は、尖閣諸島に言及しました。', 'us'],
    ['米国は、揺るぎないコミットメントを表明した。', 'us'],
    ['日本は、防衛力を抜本的に強化する決意を表明した。', 'japan'],
    ['北朝鮮の発射について、両大臣は、非難しました。', 'joint'],
    ['概要は以下のとおりです。', 'other'],
    ['岸防衛大臣は、オースティン米国防長官と会談を行いました。', 'other'],
  ])('reads %s as %s', (sentence, speaker) => {
    expect(createJapaneseSpeakerReader(people)(sentence, 'other')).toBe(speaker);
  });

  it('reads 同長官 as the last 長官 the text named, as a subject or not', () => {
    const read = createJapaneseSpeakerReader(people);
    read('岸大臣から、オースティン長官の就任に祝意を伝えました。', 'other');
    expect(read('同長官は、同盟の強化に取り組むと述べました。', 'japan')).toBe('us');
  });

  it('reads 同大臣 as the last 大臣 the text named', () => {
    const read = createJapaneseSpeakerReader(people);
    read('オースティン長官は、岸大臣に謝意を述べました。', 'other');
    expect(read('同大臣は、これを歓迎しました。', 'us')).toBe('japan');
  });

  it('reads 当方 as the author’s side and 先方 as the other', () => {
    const read = createJapaneseSpeakerReader(people, 'japan');
    expect(read('先方から、支持が表明されました。', 'other')).toBe('us');
    expect(read('当方から、謝意を伝えました。', 'other')).toBe('japan');
    expect(createJapaneseSpeakerReader(people)('先方から、支持が表明されました。', 'japan')).toBe(
      'japan',
    );
  });

  it('continues the previous speaker where a sentence names no subject, or both in a joint text', () => {
    expect(createJapaneseSpeakerReader(people)('改めて支持を表明しました。', 'us')).toBe('us');
    expect(createJapaneseSpeakerReader(people, 'joint')('改めて支持を表明した。', 'us')).toBe(
      'joint',
    );
  });
});

describe('isJapaneseNarration()', () => {
  it('is true for the report of the meeting, not for a position taken at it', () => {
    expect(isJapaneseNarration('岸防衛大臣は、オースティン長官と電話会談を行いました。')).toBe(
      true,
    );
    expect(isJapaneseNarration('両大臣は、会談を行い、連携を確認しました。')).toBe(false);
    expect(isJapaneseNarration('両大臣は、「2+2」を早期に開催することで一致しました。')).toBe(
      false,
    );
  });
});

describe('inferSpeakers()', () => {
  it('reads Japanese and English sentences of one document each in their own way', () => {
    expect(
      inferSpeakers(
        [
          'オースティン長官は、歓迎しました。',
          '同長官は、支持しました。',
          'Minister Kishi agreed.',
        ],
        people,
      ),
    ).toEqual(['us', 'us', 'japan']);
  });
});
