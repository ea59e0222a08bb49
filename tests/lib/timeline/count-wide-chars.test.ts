import { describe, expect, it } from 'vitest';
import { countWideChars } from '@/lib/timeline/count-wide-chars';
import { estimateTextWidth } from '@/lib/timeline/create-timeline-frame';
import { estimateTitleWidth } from '@/lib/timeline/lanes';

describe('countWideChars()', () => {
  it('counts kanji, kana and full-width punctuation, not Latin letters or digits', () => {
    expect(countWideChars('2+2 東京 2021年')).toBe(3);
    expect(countWideChars('岸・オースティン（国防総省）')).toBe(14);
    expect(countWideChars('Kishi-Austin')).toBe(0);
  });
});

describe('estimateTextWidth() and estimateTitleWidth()', () => {
  it('give a Japanese character at least its font size', () => {
    expect(estimateTextWidth('電話会談')).toBeGreaterThanOrEqual(4 * 12);
    expect(estimateTitleWidth('電話会談')).toBeGreaterThanOrEqual(4 * 11);
    expect(estimateTextWidth('Calls')).toBe(35);
  });
});
