import { describe, expect, it } from 'vitest';
import { createRecurrenceKey } from '@/lib/recurrence/create-recurrence-key';

const HOUR = 3_600_000;

describe('createRecurrenceKey()', () => {
  it('asks for every day the window reaches into, so the matrix holds each event on screen', () => {
    const week = [Date.UTC(2024, 6, 21) + 10 * HOUR, Date.UTC(2024, 6, 28) + 10 * HOUR] as const;
    expect(createRecurrenceKey(week, { themes: [], match: 'any' })).toBe(
      '/api/recurrence?from=2024-07-21&to=2024-07-28',
    );
  });

  it('ends on the day before a window that ends at midnight, and carries the theme filter', () => {
    const year = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] as const;
    expect(createRecurrenceKey(year, { themes: ['okinawa', 'taiwan-strait'], match: 'all' })).toBe(
      '/api/recurrence?from=2022-01-01&to=2022-12-31&themes=okinawa%2Ctaiwan-strait&match=all',
    );
  });
});
