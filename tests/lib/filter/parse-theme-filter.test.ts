import { describe, expect, it } from 'vitest';
import { createThemeFilterSearch, parseThemeFilter } from '@/lib/filter/parse-theme-filter';

const IDS = ['ukraine', 'senkaku', 'taiwan-strait', 'okinawa'];

describe('parseThemeFilter()', () => {
  it('reads themes=a,b&match=all in taxonomy order', () => {
    expect(parseThemeFilter('themes=okinawa,taiwan-strait&match=all', IDS)).toEqual({
      themes: ['taiwan-strait', 'okinawa'],
      match: 'all',
    });
  });

  it('defaults to no theme and match any', () => {
    expect(parseThemeFilter('', IDS)).toEqual({ themes: [], match: 'any' });
    expect(parseThemeFilter(undefined, IDS)).toEqual({ themes: [], match: 'any' });
  });

  it.each([
    ['themes=taiwan,okinawa', ['okinawa']],
    ['themes=,,okinawa,,', ['okinawa']],
    ['themes=okinawa,okinawa', ['okinawa']],
    ['themes=%E2%80%AE%00', []],
    ['themes=__proto__,constructor', []],
    ['themes=' + 'x,'.repeat(5000), []],
    ['themes=%zz', []],
  ])('drops junk in %j without throwing', (search, themes) => {
    expect(parseThemeFilter(search, IDS).themes).toEqual(themes);
  });

  it.each(['ALL', 'none', '', 'all,any'])('reads match=%j as any', (match) => {
    expect(parseThemeFilter(`themes=okinawa&match=${match}`, IDS).match).toBe('any');
  });

  it('reads Next searchParams records, repeated params included', () => {
    expect(
      parseThemeFilter({ themes: ['senkaku', 'okinawa,ukraine'], match: 'all', x: undefined }, IDS),
    ).toEqual({ themes: ['ukraine', 'senkaku', 'okinawa'], match: 'all' });
  });

  it('reads URLSearchParams', () => {
    expect(parseThemeFilter(new URLSearchParams('themes=senkaku'), IDS).themes).toEqual([
      'senkaku',
    ]);
  });
});

describe('createThemeFilterSearch()', () => {
  it('writes themes and match, keeping other params', () => {
    expect(
      createThemeFilterSearch('from=2022-01-01&themes=old&event=e1&to=2022-12-31', {
        themes: ['taiwan-strait', 'okinawa'],
        match: 'all',
      }),
    ).toBe('from=2022-01-01&event=e1&to=2022-12-31&themes=taiwan-strait,okinawa&match=all');
  });

  it('drops themes when none is selected and match when it is any', () => {
    expect(
      createThemeFilterSearch('themes=a&match=all&to=2022-12-31', { themes: [], match: 'all' }),
    ).toBe('to=2022-12-31');
    expect(createThemeFilterSearch('', { themes: ['okinawa'], match: 'any' })).toBe(
      'themes=okinawa',
    );
  });

  it('round-trips through parseThemeFilter()', () => {
    const filter = { themes: ['ukraine', 'okinawa'], match: 'all' as const };
    expect(parseThemeFilter(createThemeFilterSearch('q=x', filter), IDS)).toEqual(filter);
  });
});

describe('parseThemeFilter(), repeated parameters', () => {
  it('merges repeated themes and reads a repeated match as any', () => {
    expect(
      parseThemeFilter('themes=okinawa&themes=senkaku&match=all&match=all', ['senkaku', 'okinawa']),
    ).toEqual({ themes: ['senkaku', 'okinawa'], match: 'any' });
  });
});
