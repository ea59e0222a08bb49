import { utcTicks } from 'd3-time';
import type { Domain } from './domain';

/**
 * A window laid across a width in pixels: called with a time, it gives the x; `invert` turns a
 * pixel into a time; `ticks` are d3-time's UTC ticks over the window. The arithmetic is that of
 * d3-scale's `scaleUtc`, without the interpolators, colours and formats that d3-scale brings to
 * the browser and the timeline never uses.
 */
export interface TimeScale {
  (time: number | Date): number;
  invert: (x: number) => Date;
  domain: () => [Date, Date];
  range: () => [number, number];
  /** About `count` ticks at round UTC dates: years, months, days (d3-time's utcTicks). */
  ticks: (count: number) => Date[];
}

/**
 * The scale of a window drawn `width` pixels wide, its start at x = 0 and its end at `width`.
 * `width` is more than 0: d3 inverts a zero width to the window's middle, this scale to no date.
 */
export function createTimeScale([start, end]: Domain, width: number): TimeScale {
  // As d3 maps a linear scale: normalised to [0, 1] over the domain, then across the range.
  const scale = ((time: number | Date) => width * ((+time - start) / (end - start))) as TimeScale;
  scale.invert = (x) => {
    const t = x / width;
    return new Date(Math.round(start * (1 - t) + end * t));
  };
  scale.domain = () => [new Date(start), new Date(end)];
  scale.range = () => [0, width];
  scale.ticks = (count) => utcTicks(new Date(start), new Date(end), count);
  return scale;
}

/** A time scale as arithmetic: x = x0 + (time − start) × pxPerMs. */
export interface LinearCoefficients {
  /** The domain's start, in milliseconds since the epoch. */
  start: number;
  /** The x of `start`, in pixels. */
  x0: number;
  /** Pixels per millisecond; its inverse is the time one pixel spans. */
  pxPerMs: number;
}

/**
 * The scale's coefficients, read once for a loop over thousands of events, where calling the scale
 * for each would cost more than a frame can spare. The scale stays the one source of the mapping.
 */
export function linearCoefficients(scale: TimeScale): LinearCoefficients {
  const [start, end] = scale.domain().map(Number) as [number, number];
  const [x0, x1] = scale.range();
  return { start, x0, pxPerMs: (x1 - x0) / (end - start) };
}
