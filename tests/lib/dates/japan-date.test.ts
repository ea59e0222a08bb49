import { describe, expect, it } from 'vitest';
import { japanDateOf } from '@/lib/dates/japan-date';

describe('japanDateOf()', () => {
  it('gives the next day for a morning meeting in Washington', () => {
    expect(japanDateOf('2022-05-04', '11:10', '-04:00')).toBe('2022-05-05');
  });

  it('gives nothing when the meeting began on the same day in Japan', () => {
    expect(japanDateOf('2022-05-04', '08:00', '-04:00')).toBeUndefined();
    expect(japanDateOf('2022-01-07', '08:00', '+09:00')).toBeUndefined();
  });

  it('gives the previous day for a late meeting east of Japan', () => {
    expect(japanDateOf('2023-03-01', '01:30', '+11:00')).toBe('2023-02-28');
  });

  it('gives nothing without a start time, an offset, or with a malformed one', () => {
    expect(japanDateOf('2022-05-04', undefined, '-04:00')).toBeUndefined();
    expect(japanDateOf('2022-05-04', '11:10', undefined)).toBeUndefined();
    expect(japanDateOf('2022-05-04', '11:10', 'EDT')).toBeUndefined();
  });
});
