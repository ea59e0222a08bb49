import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';

/** One calendar year of the overview's histogram: its start and end (ms) and its events. */
export interface YearCount {
  start: number;
  end: number;
  count: number;
}

/** Events per calendar year across the bounds, for the overview's histogram. */
export function countByYear(events: readonly TimelineEvent[], bounds: Domain): YearCount[] {
  const first = new Date(bounds[0]).getUTCFullYear();
  const last = new Date(bounds[1]).getUTCFullYear();
  const counts = Array.from({ length: last - first + 1 }, (_, i) => ({
    start: Date.UTC(first + i, 0, 1),
    end: Date.UTC(first + i + 1, 0, 1),
    count: 0,
  }));
  for (const event of events) {
    const bucket = counts[new Date(event.time).getUTCFullYear() - first];
    if (bucket) bucket.count += 1;
  }
  return counts;
}
