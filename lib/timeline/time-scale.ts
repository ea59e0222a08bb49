import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Domain } from './domain';

/** A window laid across a width in pixels: d3's UTC time scale; `invert` turns a pixel into a time. */
export type TimeScale = ScaleTime<number, number>;

/** The scale of a window drawn `width` pixels wide, its start at x = 0 and its end at `width`. */
export function createTimeScale(domain: Domain, width: number): TimeScale {
  return scaleUtc().domain(domain).range([0, width]);
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
  const [x0, x1] = scale.range() as [number, number];
  return { start, x0, pxPerMs: (x1 - x0) / (end - start) };
}
