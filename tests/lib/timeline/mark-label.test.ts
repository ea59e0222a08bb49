import { describe, expect, it } from 'vitest';
import { createClusterLabel, createMarkLabels } from '@/lib/timeline/mark-label';
import { createTimelineEvent } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

describe('createMarkLabels()', () => {
  it('offers the short label, then the part before its comma, each cut at a word where it is long', () => {
    const event = {
      ...createTimelineEvent('a', '2022-05-04'),
      label: 'Kishi-Austin, U.S. Department of Defense',
    };
    expect(createMarkLabels(event)).toEqual(['Kishi-Austin, U.S. Department…', 'Kishi-Austin']);
  });

  it('falls back on the title without its "Japan-U.S." where there is no label', () => {
    const event = { ...createTimelineEvent('a', '2022-05-04'), title: 'Japan-U.S. Summit Meeting' };
    expect(createMarkLabels(event)).toEqual(['Summit Meeting']);
  });

  it('cuts a long label without a comma to a short one too', () => {
    const event = {
      ...createTimelineEvent('a', '2022-05-15', { kind: 'anniversary' }),
      label: 'Okinawa reversion 50th anniversary',
    };
    expect(createMarkLabels(event)).toEqual(['Okinawa reversion 50th…', 'Okinawa…']);
  });

  it('keeps an English cut that ends where the part before the comma does', () => {
    const event = {
      ...createTimelineEvent('a', '2022-05-04'),
      label: 'Kishi-Austin Defense Talks, Pentagon Briefing Room',
    };
    expect(createMarkLabels(event)).toEqual([
      'Kishi-Austin Defense Talks…',
      'Kishi-Austin Defense Talks',
      'Kishi-Austin…',
    ]);
  });
});

describe('createMarkLabels() in Japanese', () => {
  it('counts a Japanese character as two columns, so a label is cut at half the characters', () => {
    const event = {
      ...createTimelineEvent('a', '2022-05-04'),
      label: '日米安全保障協議委員会（「2+2」）東京都港区',
    };
    expect(createMarkLabels(event)).toEqual([
      '日米安全保障協議委員会（「2+2」…',
      '日米安全保障協議委員会',
      '日米安全保障…',
    ]);
  });

  it('takes the part before a place in brackets or a date as the head of a Japanese label', () => {
    const place = {
      ...createTimelineEvent('a', '2022-05-04'),
      label: '岸・オースティン会談（米国防総省）',
    };
    expect(createMarkLabels(place)).toEqual([
      '岸・オースティン会談（米国防総…',
      '岸・オースティン会談',
      '岸・オーステ…',
    ]);
    const call = {
      ...createTimelineEvent('b', '2022-05-04'),
      label: '浜田・オースティン電話会談 2022年8月',
    };
    expect(createMarkLabels(call)).toEqual(['浜田・オースティン電話会談', '浜田・オース…']);
    const meeting = { ...createTimelineEvent('c', '2021-03-16'), label: '2+2 東京 2021年' };
    expect(createMarkLabels(meeting)).toEqual(['2+2 東京 2021年', '2+2 東京']);
  });

  it('takes the part before a Japanese comma, and the title without 日米 where there is no label', () => {
    const labelled = {
      ...createTimelineEvent('a', '2022-05-04'),
      label: '岸・オースティン会談、国防総省',
    };
    expect(createMarkLabels(labelled)).toContain('岸・オースティン会談');
    const titled = { ...createTimelineEvent('b', '2022-05-04'), title: '日米防衛相会談' };
    expect(createMarkLabels(titled)).toEqual(['防衛相会談']);
  });
});

describe('createClusterLabel()', () => {
  const calls = [
    createTimelineEvent('a', '2022-01-01', { kind: 'telecon' }),
    createTimelineEvent('b', '2022-01-02', { kind: 'telecon' }),
    createTimelineEvent('c', '2022-01-03', { kind: 'milestone' }),
  ];

  it('names what a cluster of one kind holds', () => {
    expect(createClusterLabel([0, 1], calls, timelineWordsIn('en'))).toBe('2 calls');
  });

  it('counts events where the kinds are mixed', () => {
    expect(createClusterLabel([0, 1, 2], calls, timelineWordsIn('en'))).toBe('3 events');
  });

  it('says what a cluster holds in Japanese', () => {
    expect(createClusterLabel([0, 1], calls, timelineWordsIn('ja'))).toBe('電話会談2件');
    expect(createClusterLabel([0, 1, 2], calls, timelineWordsIn('ja'))).toBe('3件');
  });
});
