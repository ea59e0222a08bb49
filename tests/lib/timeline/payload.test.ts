import { describe, expect, it } from 'vitest';
import { createTimelineData } from '@/lib/timeline/create-timeline-data';
import { isCalendarDate } from '@/lib/dates/is-calendar-date';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { decodeTimeline, encodeTimeline } from '@/lib/timeline/payload';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { DATA_DIR } from '../../helpers';

describe('encodeTimeline() and decodeTimeline()', () => {
  it('round-trip the timeline’s events, references included', () => {
    const corpus = loadCorpus(DATA_DIR);
    const data = createTimelineData(corpus, Date.UTC(2026, 10, 26));
    const themeIds = themeIdsOf(corpus.themes);
    const payload = JSON.parse(JSON.stringify(encodeTimeline(data, themeIds)));
    expect(decodeTimeline(payload, themeIds)).toEqual({ events: data.events, bounds: data.bounds });
    const seed = data.events.find((event) => event.id === '2022-05-04-defense-ministerial')!;
    expect(seed.references).toEqual([
      '2022-01-07-security-consultative-committee',
      '2022-05-15-okinawa-reversion-50th-anniversary',
    ]);
  });

  it('round-trip ids that are not the date and a slug, labels, dates in Japan, participants and theme sets', () => {
    const themeIds = Array.from({ length: 9 }, (_, index) => `theme-${index}`);
    const event = (
      id: string,
      date: string,
      extra: Partial<TimelineEvent> = {},
    ): TimelineEvent => ({
      id,
      title: `Meeting ${id}`,
      kind: 'telecon',
      date,
      time: Date.parse(`${date}T00:00:00Z`),
      themes: [],
      provenance: 'summary',
      references: [],
      ...extra,
    });
    const events = [
      event('1965-06-22-talks', '1965-06-22', { themes: ['theme-0', 'theme-8'] }),
      event('2001-09-10-call', '2001-09-11', {
        japanDate: '2001-09-12',
        label: 'Call',
        participants: ['Kishi Nobuo', 'Lloyd J. Austin III'],
      }),
      event('2001-09-11-call', '2001-09-11', {
        label: 'Meeting 2001-09-11-call',
        themes: ['theme-3'],
        references: ['1965-06-22-talks'],
      }),
    ];
    const bounds: [number, number] = [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)];
    const payload = JSON.parse(JSON.stringify(encodeTimeline({ events, bounds }, themeIds)));
    expect(decodeTimeline(payload, themeIds)).toEqual({ events, bounds });
  });
});

describe('decodeTimeline()', () => {
  it('gives events with the same themes one list of them, and events without references one empty list', () => {
    const themeIds = ['alpha', 'beta'];
    const event = (id: string, themes: string[]): TimelineEvent => ({
      id,
      title: id,
      kind: 'telecon',
      date: '2022-05-04',
      time: Date.UTC(2022, 4, 4),
      themes,
      provenance: 'summary',
      references: [],
    });
    const bounds: [number, number] = [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)];
    const payload = encodeTimeline(
      { events: [event('a', ['beta']), event('b', ['alpha']), event('c', ['beta'])], bounds },
      themeIds,
    );
    const [a, b, c] = decodeTimeline(payload, themeIds).events;
    expect(a!.themes).toEqual(['beta']);
    expect(c!.themes).toBe(a!.themes);
    expect(b!.themes).not.toBe(a!.themes);
    expect(c!.references).toBe(a!.references);
  });
});

describe('isCalendarDate()', () => {
  it.each([
    ['2022-05-04', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-13-01', false],
    ['2022-5-4', false],
    ['yesterday', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
