import { describe, expect, it } from 'vitest';
import {
  centreDomain,
  clampDomain,
  createBounds,
  domainAround,
  isSameDomain,
  MIN_SPAN,
  panDomain,
  zoomDomain,
  type Domain,
} from '@/lib/timeline/domain';

const DAY = 86_400_000;
const bounds: Domain = [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)];
const window2022: Domain = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

describe('createBounds()', () => {
  it('spans 1960 to the end of the current year, or further where events lie beyond', () => {
    expect(
      createBounds(Date.UTC(1960, 0, 19), Date.UTC(2024, 6, 28), Date.UTC(2026, 10, 26)),
    ).toEqual(bounds);
    const [start] = createBounds(Date.UTC(1955, 0, 1), Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1));
    expect(start).toBeLessThan(Date.UTC(1955, 0, 1));
  });
});

describe('zoomDomain()', () => {
  it('keeps the anchor at the same place on screen', () => {
    const anchor = Date.UTC(2022, 4, 4);
    const [start, end] = zoomDomain(window2022, 0.5, anchor, bounds);
    expect(end - start).toBeCloseTo((window2022[1] - window2022[0]) / 2, -3);
    const before = (anchor - window2022[0]) / (window2022[1] - window2022[0]);
    expect((anchor - start) / (end - start)).toBeCloseTo(before, 6);
  });

  it('stops at a week going in and at the bounds going out', () => {
    const [start, end] = zoomDomain(window2022, 1e-6, Date.UTC(2022, 4, 4), bounds);
    expect(end - start).toBe(MIN_SPAN);
    expect(zoomDomain(window2022, 1e6, Date.UTC(2022, 4, 4), bounds)).toEqual(bounds);
  });
});

describe('panDomain()', () => {
  it('moves the window and stops at the bounds', () => {
    expect(panDomain(window2022, 10 * DAY, bounds)).toEqual([
      window2022[0] + 10 * DAY,
      window2022[1] + 10 * DAY,
    ]);
    const [start] = panDomain(window2022, -1e15, bounds);
    expect(start).toBe(bounds[0]);
    const [, end] = panDomain(window2022, 1e15, bounds);
    expect(end).toBe(bounds[1]);
  });
});

describe('clampDomain() and centreDomain()', () => {
  it('widens a window narrower than a week around its centre', () => {
    const centre = Date.UTC(2022, 4, 4);
    const [start, end] = clampDomain([centre - DAY, centre + DAY], bounds);
    expect(end - start).toBe(MIN_SPAN);
    expect((start + end) / 2).toBe(centre);
  });

  it('centres a window on a time, inside the bounds', () => {
    expect(centreDomain(Date.UTC(1960, 0, 1), 365 * DAY, bounds)[0]).toBe(bounds[0]);
  });

  it('gives the whole period for a span wider than it, even an infinite one', () => {
    expect(centreDomain(Date.UTC(1990, 0, 1), Infinity, bounds)).toEqual(bounds);
    expect(centreDomain(Date.UTC(2020, 0, 1), 1e15, bounds)).toEqual(bounds);
  });
});

describe('domainAround()', () => {
  const bounds: Domain = [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)];

  it('spans the times with a quarter of their span on either side', () => {
    const times = [Date.UTC(2000, 0, 1), Date.UTC(2000, 4, 1)];
    const span = times[1]! - times[0]!;
    expect(domainAround(times, bounds)).toEqual([times[0]! - span / 4, times[1]! + span / 4]);
  });

  it('opens times close together to a week, three days or more on either side', () => {
    const time = Date.UTC(2000, 0, 10);
    const [start, end] = domainAround([time, time + DAY], bounds);
    expect(end - start).toBe(MIN_SPAN);
    expect(time - start).toBeGreaterThanOrEqual(3 * DAY);
  });
});

describe('isSameDomain()', () => {
  it('is true for two windows with the same ends, and false where an end differs by a millisecond', () => {
    expect(isSameDomain([...window2022], window2022)).toBe(true);
    expect(isSameDomain([window2022[0], window2022[1] + 1], window2022)).toBe(false);
    expect(isSameDomain([window2022[0] - 1, window2022[1]], window2022)).toBe(false);
  });
});
