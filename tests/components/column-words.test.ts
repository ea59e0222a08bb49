import { describe, expect, it } from 'vitest';
import { columnWordsOf } from '@/app/_components/recurrence-matrix/column-words';
import { createMatrixWords } from '@/app/_components/recurrence-matrix/matrix-words';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import { translatorOf } from '../i18n/translator-of';

const ENGLISH = createMatrixWords(translatorOf('en', en, 'recurrenceMatrix'));
const JAPANESE = createMatrixWords(translatorOf('ja', ja, 'recurrenceMatrix'));

const MINISTERIAL = {
  id: '2022-05-04-defense-ministerial',
  title: 'Japan-U.S. Defense Ministerial Meeting',
  label: 'Kishi-Austin, Pentagon',
  titleJa: '日米防衛相会談',
  labelJa: '岸・オースティン会談（米国防総省）',
  date: '2022-05-04',
};

describe('columnWordsOf()', () => {
  it('names an event in Japanese on a Japanese page, with a Japanese date', () => {
    expect(columnWordsOf(MINISTERIAL, JAPANESE, 'ja')).toEqual({
      title: { text: '日米防衛相会談', lang: 'ja' },
      label: { text: '岸・オースティン会談（米国防総省）', lang: 'ja' },
      date: '2022年5月4日',
    });
  });

  it('keeps an event’s English, marked so, where it has no Japanese', () => {
    const english = { ...MINISTERIAL, titleJa: undefined, labelJa: undefined };
    expect(columnWordsOf(english, JAPANESE, 'ja')).toMatchObject({
      title: { text: 'Japan-U.S. Defense Ministerial Meeting', lang: 'en' },
      label: { text: 'Kishi-Austin, Pentagon', lang: 'en' },
    });
  });

  it('names a month’s bin in the page’s language', () => {
    const bin = {
      id: '2021-03',
      title: '12 events in Mar 2021',
      label: 'Mar 2021',
      date: '2021-03-02',
      bin: { from: '2021-03-01', to: '2021-03-31', events: 12 },
    };
    expect(columnWordsOf(bin, JAPANESE, 'ja')).toEqual({
      title: { text: '2021年3月の会談12件', lang: 'ja' },
      label: { text: '2021年3月', lang: 'ja' },
      date: '2021年3月1日',
      to: '2021年3月31日',
    });
    expect(columnWordsOf(bin, ENGLISH, 'en').title.text).toBe(bin.title);
  });
});
