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
});
