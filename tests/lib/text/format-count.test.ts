import { describe, expect, it } from 'vitest';
import { formatCount } from '@/lib/text/format-count';

describe('formatCount()', () => {
  it('writes a count as toLocaleString("en") does', () => {
    for (const count of [0, 7, 999, 1000, 12345, 999999, 1234567, -4321])
      expect(formatCount(count)).toBe(count.toLocaleString('en'));
  });
});
