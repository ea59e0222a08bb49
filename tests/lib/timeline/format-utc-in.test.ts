import { describe, expect, it } from 'vitest';
import { formatDayIn, formatUtcIn } from '@/lib/timeline/format-utc-in';

describe('formatUtcIn()', () => {
  const time = Date.UTC(2022, 4, 4);

  it('writes each pattern in English as formatUtc() does', () => {
    expect(formatUtcIn(time, 'd MMM', 'en')).toBe('4 May');
    expect(formatUtcIn(time, 'd MMM yyyy', 'en')).toBe('4 May 2022');
  });

  it('writes each pattern in Japanese', () => {
    expect(formatUtcIn(time, 'yyyy', 'ja')).toBe('2022年');
    expect(formatUtcIn(time, 'MMM', 'ja')).toBe('5月');
    expect(formatUtcIn(time, 'd MMM', 'ja')).toBe('5月4日');
    expect(formatUtcIn(time, 'd MMM yyyy', 'ja')).toBe('2022年5月4日');
  });
});

describe('formatDayIn()', () => {
  it('writes a day in full in either language', () => {
    expect(formatDayIn('2022-05-04', 'en')).toBe('4 May 2022');
    expect(formatDayIn('2022-12-31', 'ja')).toBe('2022年12月31日');
  });
});
