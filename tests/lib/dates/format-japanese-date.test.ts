import { format, parseISO } from 'date-fns';
import { ja } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, formatJapaneseEraDate } from '@/lib/dates/format-japanese-date';

describe('formatJapaneseDate()', () => {
  it('writes year, month and day with 年月日, without leading zeros', () => {
    expect(formatJapaneseDate('2022-05-04')).toBe('2022年5月4日');
    expect(formatJapaneseDate('1960-01-19')).toBe('1960年1月19日');
  });

  it('writes each day of a year as date-fns’s ja locale does', () => {
    for (let day = 0; day < 366; day += 1) {
      const iso = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      expect(formatJapaneseDate(iso)).toBe(format(parseISO(iso), 'PPP', { locale: ja }));
    }
  });
});

describe('formatJapaneseEraDate()', () => {
  it('counts the year in the era', () => {
    expect(formatJapaneseEraDate('2022-05-04')).toBe('令和4年5月4日');
    expect(formatJapaneseEraDate('1972-05-15')).toBe('昭和47年5月15日');
    expect(formatJapaneseEraDate('1996-12-02')).toBe('平成8年12月2日');
  });

  it('changes era on the first day of the new one, whose first year is 元年', () => {
    expect(formatJapaneseEraDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatJapaneseEraDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatJapaneseEraDate('2019-12-31')).toBe('令和元年12月31日');
    expect(formatJapaneseEraDate('2020-01-01')).toBe('令和2年1月1日');
    expect(formatJapaneseEraDate('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatJapaneseEraDate('1989-01-08')).toBe('平成元年1月8日');
    expect(formatJapaneseEraDate('1926-12-24')).toBe('大正15年12月24日');
    expect(formatJapaneseEraDate('1926-12-25')).toBe('昭和元年12月25日');
    expect(formatJapaneseEraDate('1927-01-01')).toBe('昭和2年1月1日');
    expect(formatJapaneseEraDate('1912-07-30')).toBe('大正元年7月30日');
  });

  it('gives null before Japan counted Gregorian days in era years', () => {
    expect(formatJapaneseEraDate('1873-01-01')).toBe('明治6年1月1日');
    expect(formatJapaneseEraDate('1872-12-31')).toBeNull();
  });
});
