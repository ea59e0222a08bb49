import { describe, expect, it } from 'vitest';
import { formatDateIn } from '@/lib/dates/format-date-in';

describe('formatDateIn()', () => {
  it('formatDateIn() words a date in English by default and in the Japanese style for ja', () => {
    expect(formatDateIn('2022-05-04', 'en')).toBe('4 May 2022');
    expect(formatDateIn('2022-05-04', 'ja')).toBe('2022年5月4日');
  });
});
