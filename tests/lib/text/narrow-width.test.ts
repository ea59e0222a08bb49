import { describe, expect, it } from 'vitest';
import { narrowWidth } from '@/lib/text/narrow-width';

describe('narrowWidth()', () => {
  it('writes full-width digits, letters and signs half-width, one character for one', () => {
    const text = '「２＋２」とＦＯＩＰ、第５条';
    expect(narrowWidth(text)).toBe('「2+2」とFOIP、第5条');
    expect(narrowWidth(text)).toHaveLength(text.length);
  });

  it('leaves Japanese brackets and punctuation as written', () => {
    expect(narrowWidth('（１）概要。')).toBe('（1）概要。');
  });
});
