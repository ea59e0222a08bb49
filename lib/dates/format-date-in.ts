import { formatDate } from './format-date';
import { formatJapaneseDate } from './format-japanese-date';

/** "2022-05-04" in a page's language: "4 May 2022" (`en`), "2022年5月4日" (`ja`). */
export function formatDateIn(isoDate: string, language: string): string {
  return language === 'ja' ? formatJapaneseDate(isoDate) : formatDate(isoDate);
}
