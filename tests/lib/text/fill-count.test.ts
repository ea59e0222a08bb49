import { describe, expect, it } from 'vitest';
import { fillCount } from '@/lib/text/fill-count';

describe('fillCount()', () => {
  const words = { one: '{count} event', other: '{count} events' };

  it('picks the singular for one and the plural for any other count', () => {
    expect(fillCount(words, 1)).toBe('1 event');
    expect(fillCount(words, 0)).toBe('0 events');
  });

  it('writes the count with thousands separators, leaving other names as written', () => {
    expect(
      fillCount({ one: '{period}の会談{count}件', other: '{period}の会談{count}件' }, 12345),
    ).toBe('{period}の会談12,345件');
  });
});
