import { hsl, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { DATA_DIR, FIXED_THEME_IDS } from '../helpers';

const { themes } = loadCorpus(DATA_DIR);

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('data/themes.json colours', () => {
  it.each(themes.map((theme) => [theme.id, theme.color]))(
    '%s (%s) reads on the light and the dark background',
    (_, color) => {
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(color, '#0f1217')).toBeGreaterThanOrEqual(3);
    },
  );

  it('gives every theme its own hue, so neighbours are told apart', () => {
    const hues = themes.map((theme) => Math.round(hsl(theme.color).h));
    expect(new Set(hues).size).toBe(themes.length);
  });

  it('keeps the fixed theme ids', () => {
    expect(themes.map((theme) => theme.id).slice(0, FIXED_THEME_IDS.length)).toEqual(
      FIXED_THEME_IDS,
    );
  });
});
