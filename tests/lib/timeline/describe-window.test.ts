import { describe, expect, it } from 'vitest';
import { describeCluster, formatWindow } from '@/lib/timeline/describe-window';
import { createTimelineEvent } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

describe('formatWindow()', () => {
  it('gives the first and the last day the window reaches into', () => {
    expect(formatWindow([Date.UTC(2021, 0, 1), Date.UTC(2024, 0, 1)], ' – ')).toBe(
      '1 Jan 2021 – 31 Dec 2023',
    );
  });

  it('gives them in Japanese', () => {
    expect(formatWindow([Date.UTC(2021, 0, 1), Date.UTC(2024, 0, 1)], 'から', 'ja')).toBe(
      '2021年1月1日から2023年12月31日',
    );
  });
});

describe('describeCluster()', () => {
  it('counts the events and gives their first and last dates', () => {
    const events = [
      createTimelineEvent('c', '2022-01-03'),
      createTimelineEvent('a', '2022-01-01'),
      createTimelineEvent('b', '2022-01-02'),
    ];
    expect(describeCluster([0, 1, 2], events, timelineWordsIn('en'))).toBe(
      '3 events from 1 January 2022 to 3 January 2022; zoom in',
    );
    expect(describeCluster([0, 1, 2], events, timelineWordsIn('ja'))).toBe(
      '2022年1月1日から2022年1月3日までの3件。拡大すると個別に表示されます',
    );
  });
});
