import { formatDate, formatUtc } from '../dates/format-date';
import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';

/** A window as its first and last days, e.g. "1 Jan 2021 – 31 Dec 2023" with `separator` " – ". */
export function formatWindow([start, end]: Domain, separator: string): string {
  return `${formatUtc(start, 'd MMM yyyy')}${separator}${formatUtc(end - 1, 'd MMM yyyy')}`;
}

/** A cluster's accessible name: "3 events from 1 January 2022 to 3 January 2022; zoom in". */
export function describeCluster(
  indices: readonly number[],
  events: readonly TimelineEvent[],
): string {
  const dates = indices.map((index) => events[index]!.date).sort();
  return `${indices.length} events from ${formatDate(dates[0]!)} to ${formatDate(dates.at(-1)!)}; zoom in`;
}
