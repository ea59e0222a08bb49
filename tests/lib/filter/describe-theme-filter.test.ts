import { describe, expect, it } from 'vitest';
import { describeThemeFilter } from '@/lib/filter/describe-theme-filter';

const THEMES = [
  { id: 'senkaku', label: 'Senkaku Islands' },
  { id: 'okinawa', label: 'Okinawa' },
];

describe('describeThemeFilter()', () => {
  it('says every event when no theme is selected', () => {
    expect(describeThemeFilter({ themes: [], match: 'all' }, THEMES)).toBe('every event');
  });

  it('lists the themes by label and how they combine', () => {
    expect(describeThemeFilter({ themes: ['senkaku', 'okinawa'], match: 'all' }, THEMES)).toBe(
      'Senkaku Islands, Okinawa (all of them)',
    );
    expect(describeThemeFilter({ themes: ['okinawa'], match: 'any' }, THEMES)).toBe(
      'Okinawa (any of them)',
    );
  });

  it('falls back to the id of a theme it has no label for', () => {
    expect(describeThemeFilter({ themes: ['ukraine'], match: 'any' }, THEMES)).toBe(
      'ukraine (any of them)',
    );
  });
});
