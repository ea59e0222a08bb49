import { describe, expect, it } from 'vitest';
import { createTimelineData } from '@/lib/timeline/create-timeline-data';
import { isCalendarDate } from '@/lib/dates/is-calendar-date';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { decodeTimeline, encodeTimeline } from '@/lib/timeline/payload';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
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
