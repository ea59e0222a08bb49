import { describe, expect, it } from 'vitest';
import { createTimelineNames } from '@/lib/timeline/create-timeline-names';
import type { Corpus, EventDetail } from '@/lib/types';

const event = (id: string, names: Partial<EventDetail>) =>
  ({ id, participants: [], ...names }) as EventDetail;

const corpus = {
  themes: [
    { id: 'okinawa', label: 'Okinawa', labelJa: '沖縄' },
    { id: 'space', label: 'Space' },
  ],
  people: [{ name: 'Kishi Nobuo', surname: 'Kishi', country: 'japan', nameJa: '岸信夫' }],
  events: [
    event('2022-05-04-defense-ministerial', {
      titleJa: '日米防衛相会談',
      labelJa: '岸・オースティン会談',
      participants: [
        { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' },
        { name: 'Lloyd J. Austin III', role: 'Secretary of Defense', country: 'us' },
      ],
    }),
    event('1960-01-19-treaty', {}),
  ],
} as unknown as Corpus;

describe('createTimelineNames()', () => {
  it('gives the Japanese names the corpus has: theme labels, titles, labels and participants', () => {
    expect(createTimelineNames(corpus, 'ja')).toEqual({
      themes: { okinawa: '沖縄' },
      events: {
        '2022-05-04-defense-ministerial': {
          title: '日米防衛相会談',
          label: '岸・オースティン会談',
          participants: ['岸信夫', 'Lloyd J. Austin III'],
        },
      },
    });
  });

  it('gives none in English, the corpus’s own language', () => {
    expect(createTimelineNames(corpus, 'en')).toEqual({ themes: {}, events: {} });
  });
});
