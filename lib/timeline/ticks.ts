import { utcDay, utcMonth, utcYear } from 'd3-time';
import { DAY } from './domain';
import { formatUtcIn, type TimelineDatePattern } from './format-utc-in';
import type { TimeScale } from './time-scale';
import type { TimelineLanguage } from './timeline-words';

/** One axis tick: where it is, what it says, and whether it starts a larger unit (a new year). */
export interface Tick {
  time: number;
  x: number;
  label: string;
  major: boolean;
}

/**
 * Axis ticks on a time scale that adapt to the zoom: decades, years, months or days, about one per 90 pixels,
 * labelled in UTC in the page's language ("1970", "2022", "Mar", "4 May"; "2022年", "3月", "5月4日").
 */
export function createTicks(scale: TimeScale, language: TimelineLanguage = 'en'): Tick[] {
  const [x0, x1] = scale.range() as [number, number];
  const [start, end] = scale.domain().map(Number) as [number, number];
  // Days at the finest: a wide screen zoomed to a week would otherwise tick every 12 hours.
  const ticks = scale
    .ticks(Math.max(2, Math.floor((x1 - x0) / 90)))
    .filter((date) => utcDay.floor(date).getTime() === date.getTime());
  const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : end - start;
  return ticks.map((date) => {
    const time = date.getTime();
    return { time, x: scale(date), ...describeTick(date, step, language) };
  });
}

function describeTick(
  date: Date,
  step: number,
  language: TimelineLanguage,
): { label: string; major: boolean } {
  const format = (pattern: TimelineDatePattern) => formatUtcIn(date.getTime(), pattern, language);
  if (step >= 360 * DAY) {
    const decade = date.getUTCFullYear() % 10 === 0;
    return { label: format('yyyy'), major: step >= 3600 * DAY || decade };
  }
  if (step >= 28 * DAY) {
    const january = utcYear.floor(date).getTime() === date.getTime();
    return { label: format(january ? 'yyyy' : 'MMM'), major: january };
  }
  const first = utcMonth.floor(date).getTime() === utcDay.floor(date).getTime();
  return { label: format(first ? 'd MMM yyyy' : 'd MMM'), major: first };
}
