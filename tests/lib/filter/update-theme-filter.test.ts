import { describe, expect, it } from 'vitest';
import {
  clearThemes,
  selectAllThemes,
  selectOnlyTheme,
  setThemeMatch,
  toggleTheme,
} from '@/lib/filter/update-theme-filter';

const IDS = ['ukraine', 'senkaku', 'taiwan-strait', 'okinawa'];
const FILTER = { themes: ['okinawa'], match: 'any' as const };

describe('toggleTheme()', () => {
  it('adds a theme in taxonomy order and removes it again, leaving the filter as it was', () => {
    const added = toggleTheme(FILTER, 'senkaku', IDS);
    expect(added.themes).toEqual(['senkaku', 'okinawa']);
    expect(toggleTheme(added, 'senkaku', IDS)).toEqual(FILTER);
    expect(FILTER.themes).toEqual(['okinawa']);
  });
});

describe('selectOnlyTheme(), selectAllThemes(), clearThemes(), setThemeMatch()', () => {
  it('return new filters', () => {
    expect(selectOnlyTheme(FILTER, 'ukraine')).toEqual({ themes: ['ukraine'], match: 'any' });
    expect(selectAllThemes(FILTER, IDS).themes).toEqual(IDS);
    expect(clearThemes(FILTER).themes).toEqual([]);
    expect(setThemeMatch(FILTER, 'all')).toEqual({ themes: ['okinawa'], match: 'all' });
  });
});
