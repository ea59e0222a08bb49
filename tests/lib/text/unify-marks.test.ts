import { describe, expect, it } from 'vitest';
import { normalizeForMatching, unifyMarks } from '@/lib/text/unify-marks';

describe('unifyMarks()', () => {
  it('writes every apostrophe, quote and dash one way', () => {
    expect(unifyMarks(`Japan's ‘view’ on "cross‑Strait" ties — and \`this\``)).toBe(
      'Japan’s ’view’ on “cross-Strait“ ties - and ’this’',
    );
  });

  it('keeps one character for one, so offsets still point into the text as written', () => {
    const text = '“2+2” – Japan’s  view';
    expect(unifyMarks(text)).toHaveLength(text.length);
  });
});

describe('normalizeForMatching()', () => {
  it('also folds every run of white space into one space', () => {
    expect(normalizeForMatching("the\n  Senkaku\tIslands' status")).toBe(
      'the Senkaku Islands’ status',
    );
  });
});
