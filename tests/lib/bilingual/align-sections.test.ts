import { describe, expect, it } from 'vitest';
import { alignSections, themeOverlap } from '@/lib/bilingual/align-sections';
import type { TextSection } from '@/lib/bilingual/text-section';

const section = (title: string, themes: string[]): TextSection => ({
  title,
  statements: [],
  themes,
});

describe('alignSections()', () => {
  it('alignSections() pairs the n-th section with the n-th where the counts agree, whatever their themes', () => {
    const { pairs, alignment } = alignSections(
      [section('A', ['x']), section('B', ['y'])],
      [section('甲', ['y']), section('乙', [])],
    );
    expect(alignment).toBe('order');
    expect(pairs.map((pair) => [pair.english?.title, pair.japanese?.title])).toEqual([
      ['A', '甲'],
      ['B', '乙'],
    ]);
  });

  it('alignSections() keeps both orders and pairs by overlapping themes where the counts differ', () => {
    const { pairs } = alignSections(
      [section('A', ['x', 'y']), section('C', ['z'])],
      [section('甲', ['x']), section('乙', ['y', 'w']), section('丙', ['z'])],
    );
    expect(
      pairs.map((pair) => [pair.english?.title ?? null, pair.japanese?.title ?? null]),
    ).toEqual([
      ['A', '甲'],
      [null, '乙'],
      ['C', '丙'],
    ]);
  });

  it('alignSections() leaves sections with no theme in common unpaired', () => {
    const { pairs } = alignSections(
      [section('A', ['x'])],
      [section('甲', ['y']), section('乙', [])],
    );
    expect(
      pairs.map((pair) => [pair.english?.title ?? null, pair.japanese?.title ?? null]),
    ).toEqual([
      ['A', null],
      [null, '甲'],
      [null, '乙'],
    ]);
  });
});

describe('themeOverlap()', () => {
  it('themeOverlap() is the shared themes over all themes, 0 where neither has any', () => {
    expect(themeOverlap(section('A', ['x', 'y']), section('B', ['y', 'z']))).toBeCloseTo(1 / 3);
    expect(themeOverlap(section('A', []), section('B', []))).toBe(0);
  });
});
