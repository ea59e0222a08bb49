import { toDay } from '../dates/to-day';
import type { DateWindow } from '../filter/parse-date-window';
import type { ThemeFilter } from '../filter/parse-theme-filter';

/**
 * A download's file name naming what it holds, its filters and the export date (`YYYY-MM-DD`):
 * `alliance-timeline-matrix_themes-taiwan-strait_2026-11-26.csv`,
 * `alliance-timeline-events_themes-okinawa+senkaku_match-all_from-2022-01-01_2026-11-26.json`,
 * `alliance-timeline-matrix_all-themes_2026-11-26.csv`.
 */
export function createExportFileName(
  what: 'matrix' | 'events',
  filters: ThemeFilter & DateWindow,
  exported: string,
  extension: 'csv' | 'json',
): string {
  const parts = [
    `alliance-timeline-${what}`,
    filters.themes.length ? `themes-${filters.themes.join('+')}` : 'all-themes',
    filters.themes.length > 1 && filters.match === 'all' ? 'match-all' : null,
    filters.from ? `from-${filters.from}` : null,
    filters.to ? `to-${filters.to}` : null,
  ];
  return createDatedFileName(parts.filter(Boolean).join('_'), exported, extension);
}

/**
 * Every downloaded file's name: `name`, the export date (`YYYY-MM-DD`) after `separator`, then
 * the extension: "compare-taiwan-strait-2026-11-26.md", "alliance-timeline_2026-11-26.png".
 */
export function createDatedFileName(
  name: string,
  exported: string,
  extension: string,
  separator: '_' | '-' = '_',
): string {
  return `${name}${separator}${exported}.${extension}`;
}

/** The export date: the UTC calendar date of `now`, `YYYY-MM-DD`. */
export function formatExportDate(now: Date = new Date()): string {
  return toDay(now.getTime());
}
