/** A visible time window, `[start, end]` in milliseconds since the epoch (UTC). */
export type Domain = readonly [number, number];

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The narrowest window a person can zoom to: one week. */
export const MIN_SPAN = 7 * DAY;

/** The first day the timeline shows. */
export const TIMELINE_START = Date.UTC(1960, 0, 1);

/**
 * The whole period: from 1960 (or the first event, if earlier) to the end of `today`'s year (or
 * the last event, if later). Zoom never goes further out than this.
 */
export function createBounds(firstEvent: number, lastEvent: number, today: number): Domain {
  const end = Math.max(lastEvent + 30 * DAY, Date.UTC(new Date(today).getUTCFullYear() + 1, 0, 1));
  return [firstEvent < TIMELINE_START ? firstEvent - 30 * DAY : TIMELINE_START, end];
}

/** Keeps a window inside the bounds and no narrower than a week, preserving its centre if it can. */
export function clampDomain([start, end]: Domain, bounds: Domain): Domain {
  const span = Math.min(Math.max(end - start, MIN_SPAN), bounds[1] - bounds[0]);
  const centre = (start + end) / 2;
  const from = Math.min(Math.max(centre - span / 2, bounds[0]), bounds[1] - span);
  return [from, from + span];
}

/**
 * Zooms by `factor` (below 1 zooms in, above 1 out) keeping `anchor` (a time, e.g. under the
 * pointer) at the same place on screen.
 */
export function zoomDomain(
  [start, end]: Domain,
  factor: number,
  anchor: number,
  bounds: Domain,
): Domain {
  const span = end - start;
  const wanted = Math.min(Math.max(span * factor, MIN_SPAN), bounds[1] - bounds[0]);
  const ratio = span > 0 ? (anchor - start) / span : 0.5;
  const from = anchor - ratio * wanted;
  return clampDomain([from, from + wanted], bounds);
}

/** Moves the window by `delta` milliseconds (positive moves later), stopping at the bounds. */
export function panDomain([start, end]: Domain, delta: number, bounds: Domain): Domain {
  const span = end - start;
  const from = Math.min(Math.max(start + delta, bounds[0]), bounds[1] - span);
  return [from, from + span];
}

/** A window of `span` milliseconds centred on `time`; the whole period if `span` is wider. */
export function centreDomain(time: number, span: number, bounds: Domain): Domain {
  const width = Math.min(span, bounds[1] - bounds[0]);
  return clampDomain([time - width / 2, time + width / 2], bounds);
}

/**
 * The window that opens up a cluster: its times' span with a quarter of it (at least three days)
 * on either side, no narrower than a week.
 */
export function domainAround(times: readonly number[], bounds: Domain): Domain {
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max((last - first) * 0.25, 3 * DAY);
  return zoomDomain([first - pad, last + pad], 1, (first + last) / 2, bounds);
}

/** Whether two windows are the same, to the millisecond. */
export function isSameDomain(a: Domain, b: Domain): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
