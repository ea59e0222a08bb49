import { describe, expect, it } from 'vitest';
import { findTheme } from '@/lib/corpus/find-theme';
import { isOnTheme } from '@/lib/corpus/is-on-theme';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

const themes = [
  { id: 'senkaku', label: 'Senkaku Islands' },
  { id: 'okinawa', label: 'Okinawa' },
];

describe('isOnTheme()', () => {
  it('is true only for a theme the statement is tagged with', () => {
    const statement = { themes: ['senkaku'] };
    expect(isOnTheme(statement, 'senkaku')).toBe(true);
    expect(isOnTheme(statement, 'okinawa')).toBe(false);
    expect(isOnTheme({ themes: [] }, 'senkaku')).toBe(false);
  });
});

describe('themeIdsOf()', () => {
  it('gives the ids in the given order', () => {
    expect(themeIdsOf(themes)).toEqual(['senkaku', 'okinawa']);
  });
});

describe('findTheme()', () => {
  it('finds a theme by its exact id, and nothing for an unknown or missing id', () => {
    expect(findTheme(themes, 'okinawa')?.label).toBe('Okinawa');
    expect(findTheme(themes, 'Okinawa')).toBeUndefined();
    expect(findTheme(themes, null)).toBeUndefined();
  });
});
