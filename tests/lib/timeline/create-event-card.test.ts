import { describe, expect, it } from 'vitest';
import { createEventCard } from '@/lib/timeline/create-event-card';
import { createTimelineEvent } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

const themes = [
  { id: 'okinawa', label: 'Okinawa', color: '#123456' },
  { id: 'space', label: 'Space', color: '#654321' },
];

describe('createEventCard()', () => {
  it('gives the date in both calendars, the participants and the themes by name', () => {
    const event = {
      ...createTimelineEvent('2022-05-04-defense-ministerial', '2022-05-04', {
        themes: ['space', 'okinawa'],
      }),
      japanDate: '2022-05-05',
      participants: ['Kishi Nobuo', 'Lloyd J. Austin III'],
    };
    expect(createEventCard(event, themes, timelineWordsIn('en'))).toEqual({
      date: '4 May 2022',
      japanDate: '5 May 2022 in Japan',
      title: '2022-05-04-defense-ministerial',
      participants: 'Kishi Nobuo, Lloyd J. Austin III',
      themes,
    });
  });

  it('leaves out the day in Japan where it is the same, and participants where none are known', () => {
    const card = createEventCard(
      createTimelineEvent('treaty', '1960-01-19'),
      themes,
      timelineWordsIn('en'),
    );
    expect(card).toMatchObject({ japanDate: null, participants: null, themes: [] });
  });

  it('words the card in Japanese: dates, the day in Japan, participants and themes as given', () => {
    const event = {
      ...createTimelineEvent('2022-05-04-defense-ministerial', '2022-05-04', {
        themes: ['okinawa'],
      }),
      japanDate: '2022-05-05',
      participants: ['岸信夫', 'ロイド・オースティン'],
    };
    const japanese = [{ ...themes[0]!, label: '沖縄' }];
    expect(createEventCard(event, japanese, timelineWordsIn('ja'))).toMatchObject({
      date: '2022年5月4日',
      japanDate: '日本時間2022年5月5日',
      participants: '岸信夫、ロイド・オースティン',
      themes: japanese,
    });
  });
});
