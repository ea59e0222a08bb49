import { describe, expect, it } from 'vitest';
import { shadeOf } from '@/lib/recurrence/shade-of';

describe('shadeOf()', () => {
  it('shades the largest count at 55 %', () => {
    expect(shadeOf(9, 9)).toBe(55);
  });

  it('eases small counts apart by the square root', () => {
    expect(shadeOf(1, 100)).toBe(18);
    expect(shadeOf(25, 100)).toBe(35);
  });

  it('shades from 14 % up', () => {
    expect(shadeOf(0, 9)).toBe(14);
  });
});
