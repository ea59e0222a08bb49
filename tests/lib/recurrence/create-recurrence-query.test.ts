import { describe, expect, it } from 'vitest';
import { createRecurrenceQuery } from '@/lib/recurrence/create-recurrence-query';

const HOUR = 3_600_000;

describe('createRecurrenceQuery()', () => {
  it('asks for every day the window reaches into, so the matrix holds each event on screen', () => {
    const week = [Date.UTC(2024, 6, 21) + 10 * HOUR, Date.UTC(2024, 6, 28) + 10 * HOUR] as const;
    expect(createRecurrenceQuery(week, { themes: [], match: 'any' })).toEqual({
      from: '2024-07-21',
      to: '2024-07-28',
    });
  });

  it('ends on the day before a window that ends at midnight, and carries the theme filter', () => {
    const year = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] as const;
    expect(
      createRecurrenceQuery(year, { themes: ['okinawa', 'taiwan-strait'], match: 'all' }),
    ).toEqual({
      from: '2022-01-01',
      to: '2022-12-31',
      themes: 'okinawa,taiwan-strait',
      match: 'all',
    });
  });
});
