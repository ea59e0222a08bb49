import { formatUtc } from '../dates/format-date';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { DAY } from './domain';
import type { TimeScale } from './time-scale';

/** One axis tick: where it is, what it says, and whether it starts a larger unit (a new year). */
export interface Tick {
  time: number;
  x: number;
  label: string;
  major: boolean;
}

/**
 * Axis ticks on a time scale that adapt to the zoom: decades, years, months or days, about one per 90 pixels,
 * labelled with date-fns in UTC ("1970", "2022", "Mar", "4 May").
 */
export function createTicks(scale: TimeScale): Tick[] {
  const [x0, x1] = scale.range() as [number, number];
  const [start, end] = scale.domain().map(Number) as [number, number];
  // Days at the finest: a wide screen zoomed to a week would otherwise tick every 12 hours.
  const ticks = scale
    .ticks(Math.max(2, Math.floor((x1 - x0) / 90)))
    .filter((date) => utcDay.floor(date).getTime() === date.getTime());
  const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : end - start;
  return ticks.map((date) => {
    const time = date.getTime();
    return { time, x: scale(date), ...describeTick(date, step) };
  });
}

function describeTick(date: Date, step: number): { label: string; major: boolean } {
  if (step >= 360 * DAY) {
    const decade = date.getUTCFullYear() % 10 === 0;
    return { label: formatUtc(date.getTime(), 'yyyy'), major: step >= 3600 * DAY || decade };
  }
  if (step >= 28 * DAY) {
    const january = utcYear.floor(date).getTime() === date.getTime();
    return { label: formatUtc(date.getTime(), january ? 'yyyy' : 'MMM'), major: january };
  }
  const first = utcMonth.floor(date).getTime() === utcDay.floor(date).getTime();
  return { label: formatUtc(date.getTime(), first ? 'd MMM yyyy' : 'd MMM'), major: first };
}
