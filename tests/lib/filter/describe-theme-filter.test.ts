import { describe, expect, it } from 'vitest';
import { describeThemeFilter } from '@/lib/filter/describe-theme-filter';

const THEMES = [
  { id: 'senkaku', label: 'Senkaku Islands' },
  { id: 'okinawa', label: 'Okinawa' },
];

const WORDS = {
  everyEvent: 'every event',
  anyOfThem: '{themes} (any of them)',
  allOfThem: '{themes} (all of them)',
  separator: ', ',
};

describe('describeThemeFilter()', () => {
  it('says every event when no theme is selected', () => {
    expect(describeThemeFilter({ themes: [], match: 'all' }, THEMES, WORDS)).toBe('every event');
  });

  it('lists the themes by label and how they combine', () => {
    expect(
      describeThemeFilter({ themes: ['senkaku', 'okinawa'], match: 'all' }, THEMES, WORDS),
    ).toBe('Senkaku Islands, Okinawa (all of them)');
    expect(describeThemeFilter({ themes: ['okinawa'], match: 'any' }, THEMES, WORDS)).toBe(
      'Okinawa (any of them)',
    );
  });

  it('falls back to the id of a theme it has no label for', () => {
    expect(describeThemeFilter({ themes: ['ukraine'], match: 'any' }, THEMES, WORDS)).toBe(
      'ukraine (any of them)',
    );
  });

  it('words the filter in the words it is given', () => {
    const japanese = {
      everyEvent: 'すべての会談',
      anyOfThem: '{themes}（いずれか）',
      allOfThem: '{themes}（すべて）',
      separator: '、',
    };
    const themes = [
      { id: 'senkaku', label: '尖閣諸島' },
      { id: 'okinawa', label: '沖縄' },
    ];
    expect(
      describeThemeFilter({ themes: ['senkaku', 'okinawa'], match: 'all' }, themes, japanese),
    ).toBe('尖閣諸島、沖縄（すべて）');
  });
});
