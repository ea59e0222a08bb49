import { describe, expect, it } from 'vitest';
import { gregorianYear, parseJapaneseDate } from '@/lib/dates/parse-japanese-date';

describe('parseJapaneseDate()', () => {
  it.each([
    ['令和4年5月4日', 2022, 5, 4],
    ['令和４年５月４日', 2022, 5, 4],
    ['2022年5月4日', 2022, 5, 4],
    ['令和元年5月1日', 2019, 5, 1],
    ['平成8年12月2日', 1996, 12, 2],
    ['平成31年4月30日', 2019, 4, 30],
    ['昭和47年5月15日', 1972, 5, 15],
    ['昭和35年1月19日', 1960, 1, 19],
  ])('reads %s as %i-%i-%i', (text, year, month, day) => {
    expect(parseJapaneseDate(text)).toEqual({ year, month, day, index: 0, length: text.length });
  });

  it('finds a month and day without a year, and where it stands in the text', () => {
    expect(parseJapaneseDate('　５月４日（水）午前11時から')).toEqual({
      year: null,
      month: 5,
      day: 4,
      index: 1,
      length: 4,
    });
  });

  it('gives null where there is no date, or an era year past the era’s end', () => {
    expect(parseJapaneseDate('防衛省')).toBeNull();
    expect(parseJapaneseDate('昭和70年1月1日')).toBeNull();
    expect(parseJapaneseDate('令和0年1月1日')).toBeNull();
  });
});

describe('gregorianYear()', () => {
  it('counts 元年 as the era’s first year and refuses unknown eras', () => {
    expect(gregorianYear('令和', '元')).toBe(2019);
    expect(gregorianYear('平成', '1')).toBe(1989);
    expect(gregorianYear('明治', '1')).toBeUndefined();
  });
});
