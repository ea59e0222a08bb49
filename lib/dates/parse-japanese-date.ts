import { narrowWidth } from '../text/narrow-width';

/**
 * The first year of each era the corpus's dates fall in: year 1 (元年) of 令和 is 2019. An era's
 * first year is shared with the era before it, whose last months it ends.
 */
const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926, 大正: 1912 };

/** A calendar date written the Japanese way, as found in a text. */
export interface JapaneseDate {
  /** The Gregorian year; null where the text gives only the month and day ("5月4日"). */
  year: number | null;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** Where the date starts in the text (UTF-16 code units). */
  index: number;
  /** How long it is as written. */
  length: number;
}

const DATE =
  /(?:(令和|平成|昭和|大正)\s*(元|\d{1,2})\s*年|(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * The first date in `text` written in the era ("令和4年5月4日", "令和元年5月1日", "平成8年12月2日")
 * or Gregorian form ("2022年5月4日"), with ASCII or full-width digits ("令和４年５月４日"), or as a
 * month and day alone ("5月4日", year null). Null where there is none or the year is out of its era.
 * The day is not checked against the month: "2月30日" comes back as written.
 */
export function parseJapaneseDate(text: string): JapaneseDate | null {
  const match = DATE.exec(narrowWidth(text));
  if (!match) return null;
  const [written, era, eraYear, gregorian, month, day] = match;
  const year = era ? gregorianYear(era, eraYear!) : gregorian ? Number(gregorian) : null;
  if (year === undefined) return null;
  const leading = written.length - written.trimStart().length;
  return {
    year,
    month: Number(month),
    day: Number(day),
    index: match.index + leading,
    length: written.length - leading,
  };
}

/** The Gregorian year of an era's year ("元" is its first); undefined past the era's end. */
export function gregorianYear(era: string, year: string): number | undefined {
  const start = ERA_START[era];
  const count = year === '元' ? 1 : Number(year);
  if (start === undefined || count < 1) return undefined;
  const next = Math.min(...Object.values(ERA_START).filter((first) => first > start));
  const gregorian = start + count - 1;
  return gregorian > next ? undefined : gregorian;
}
