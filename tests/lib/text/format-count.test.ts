import { describe, expect, it } from 'vitest';
import { formatCount } from '@/lib/text/format-count';

describe('formatCount', () => {
  it('writes a count under a thousand as its digits', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
  });

  it('separates thousands with commas', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(100000)).toBe('100,000');
  });
});
