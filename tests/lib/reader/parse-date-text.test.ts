import { describe, expect, it } from 'vitest';
import { findDateInText, parseDateLine } from '@/lib/reader/parse-date-text';

describe('parseDateLine()', () => {
  it.each([
    ['May 5, 2022', '2022-05-05'],
    ['Jan. 12, 2023', '2023-01-12'],
    ['Sept. 14, 2022', '2022-09-14'],
    ['23 May 2022', '2022-05-23'],
    ['2022-05-05', '2022-05-05'],
    ['5 May 2022', '2022-05-05'],
    ['Release | Jan. 31, 2025', '2025-01-31'],
    ['October 4, 2021 • Statements and Releases', '2021-10-04'],
    ['Date: 1 January 2026', '2026-01-01'],
    ['令和4年5月5日', '2022-05-05'],
    ['令和４年５月５日', '2022-05-05'],
    ['2022年5月5日', '2022-05-05'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成8年12月2日', '1996-12-02'],
    ['昭和47年5月15日', '1972-05-15'],
    ['「令和4年5月5日」', '2022-05-05'],
    ['発表日：令和4年5月5日（木）', '2022-05-05'],
  ])('reads %s as %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it('refuses lines that are not a whole date, and impossible dates', () => {
    expect(parseDateLine('Ministry of Defense')).toBeNull();
    expect(parseDateLine('May 5, 2022 was a Thursday')).toBeNull();
    expect(parseDateLine('February 30, 2022')).toBeNull();
    expect(parseDateLine('令和4年5月5日に発表')).toBeNull();
    expect(parseDateLine('令和4年2月30日')).toBeNull();
    expect(parseDateLine('5月5日')).toBeNull();
  });
});

describe('findDateInText()', () => {
  it('resolves a date without a year against the issue date', () => {
    expect(findDateInText('On May 4, the Ministers met.', '2022-05-05')).toBe('2022-05-04');
    expect(findDateInText('On September 14, the Ministers spoke.', '2022-09-15')).toBe(
      '2022-09-14',
    );
  });

  it('takes the year before when the date would fall well after the issue date', () => {
    expect(findDateInText('On December 30, they spoke.', '2023-01-02')).toBe('2022-12-30');
  });

  it('resolves a Japanese date without a year as an English one, and keeps an era’s year', () => {
    expect(findDateInText('５月４日（水）午前11時10分から', '2022-05-05')).toBe('2022-05-04');
    expect(findDateInText('12月31日、両大臣は', '2026-01-01')).toBe('2025-12-31');
    expect(findDateInText('令和3年3月16日、東京で', null)).toBe('2021-03-16');
    expect(findDateInText('5月4日、', null)).toBeNull();
  });

  it('keeps an explicit year and ignores clock times', () => {
    expect(findDateInText('at 11:10 on Jan. 12, 2023', '2024-01-01')).toBe('2023-01-12');
    expect(findDateInText('No date here.', '2022-01-01')).toBeNull();
  });
});
