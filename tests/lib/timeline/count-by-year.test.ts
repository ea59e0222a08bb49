import { describe, expect, it } from 'vitest';
import { countByYear } from '@/lib/timeline/count-by-year';
import { createTimelineEvent } from '../../helpers';

describe('countByYear()', () => {
  it('counts the events of each calendar year in the bounds', () => {
    const events = ['2020-03-01', '2021-01-01', '2021-12-31', '2030-01-01'].map((date) =>
      createTimelineEvent(date, date),
    );
    const counts = countByYear(events, [Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)]);
    expect(counts.map((year) => year.count)).toEqual([1, 2, 0]);
    expect(counts[1]).toEqual({
      start: Date.UTC(2021, 0, 1),
      end: Date.UTC(2022, 0, 1),
      count: 2,
    });
  });
});
