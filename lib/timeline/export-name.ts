import { toDay, toLastDay } from '../dates/to-day';
import type { Domain } from './domain';
import { createDatedFileName } from '../export/create-export-file-name';

/**
 * The start of a downloaded picture's name: the window's first and last days, then the theme
 * filter where there is one, e.g. "alliance-timeline_2021-01-01_2023-12-31_themes-okinawa".
 */
export function createExportName(domain: Domain, themes: readonly string[]): string {
  return [
    'alliance-timeline',
    toDay(domain[0]),
    toLastDay(domain[1]),
    ...(themes.length ? [`themes-${themes.join('-')}`] : []),
  ].join('_');
}

/** A download's file name: the export name, the UTC day it is made (`now`, in ms), the extension. */
export function createDownloadName(exportName: string, now: number, extension: string): string {
  return createDatedFileName(exportName, toDay(now), extension);
}
