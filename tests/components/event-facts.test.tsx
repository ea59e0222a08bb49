// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { createEventWords, type Translate } from '@/app/_components/create-event-words';
import { EventFacts } from '@/app/_components/event-facts';
import type { EventDetail, Person } from '@/lib/types';
import ja from '@/messages/ja.json';

const PEOPLE: Person[] = [
  { name: 'Kishi Nobuo', surname: 'Kishi', country: 'japan', nameJa: '岸信夫', surnameJa: '岸' },
  { name: 'Lloyd J. Austin III', surname: 'Austin', country: 'us', surnameJa: 'オースティン' },
];

const MEETING: EventDetail = {
  id: '2022-05-04-defense-ministerial',
  title: 'A ministerial meeting',
  label: 'Kishi-Austin',
  kind: 'defense-ministerial',
  date: '2022-05-04',
  japanDate: '2022-05-05',
  startTime: '11:10',
  utcOffset: '-04:00',
  durationMinutes: 75,
  place: 'The Pentagon',
  format: 'in-person',
  participants: [
    { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' },
    { name: 'Lloyd J. Austin III', role: 'Secretary of Defense', country: 'us' },
  ],
  themes: [],
  provenance: 'official-text',
  sources: [],
  statementCount: 0,
  sections: [],
  statements: [],
};

const JAPANESE = createEventWords(
  createTranslator({ locale: 'ja', messages: ja }) as unknown as Translate,
  'ja',
  PEOPLE,
);

describe('EventFacts()', () => {
  it('words the facts in English by default', () => {
    const { container } = render(<EventFacts event={MEETING} />);
    const values = [...container.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).toEqual([
      '4 May 2022 (5 May 2022 in Japan), 11:10 (UTC-04:00), 75 minutes',
      'The Pentagon',
      'In person',
      'Kishi Nobuo, Minister of Defense (Japan)Lloyd J. Austin III, Secretary of Defense (U.S.)',
    ]);
  });

  it('words them in Japanese, with Japanese names where known and the rest marked English', () => {
    const { container } = render(<EventFacts event={MEETING} words={JAPANESE} />);
    const values = [...container.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).toEqual([
      '2022年5月4日（日本時間2022年5月5日）、現地時間11:10（協定世界時-04:00）、75分間',
      'The Pentagon',
      '対面',
      '岸信夫　防衛大臣（日本）Lloyd J. Austin III　国防長官（米国）',
    ]);
    const english = [...container.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
    expect(english).toEqual(['The Pentagon', 'Lloyd J. Austin III']);
  });
});
