import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatUtc } from '@/lib/dates/format-date';

const zone = process.env.TZ;

describe('formatUtc() and formatDate()', () => {
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('writes the UTC calendar day in any time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatUtc(Date.UTC(2022, 4, 4), 'd MMM yyyy')).toBe('4 May 2022');
      expect(formatUtc(Date.UTC(1960, 0, 1) - 1, 'd MMM yyyy')).toBe('31 Dec 1959');
      expect(formatDate('1972-05-15')).toBe('15 May 1972');
      const year50 = new Date(0);
      year50.setUTCFullYear(50, 5, 1);
      expect(formatUtc(year50.getTime(), 'd MMM yyyy')).toBe('1 Jun 0050');
    }
  });
});
