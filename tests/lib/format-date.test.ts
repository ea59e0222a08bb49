import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatUtc } from '@/lib/format-date';

const zone = process.env.TZ;

describe('formatUtc() and formatDate()', () => {
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('writes the UTC calendar day in any time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatUtc(Date.UTC(2022, 4, 4), 'd MMM yyyy')).toBe('4 May 2022');
      expect(formatUtc(Date.UTC(1960, 0, 1) - 1, 'd MMM yyyy')).toBe('31 Dec 1959');
      expect(formatDate('1972-05-15')).toBe('15 May 1972');
    }
  });
});
