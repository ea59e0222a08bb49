import { describe, expect, it } from 'vitest';
import { createTimeScale, linearCoefficients } from '@/lib/timeline/time-scale';

const year: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

describe('createTimeScale()', () => {
  it('maps the window onto the width, start to 0 and end to the width', () => {
    const scale = createTimeScale(year, 730);
    expect(scale(year[0])).toBe(0);
    expect(scale(year[1])).toBe(730);
    expect(scale(Date.UTC(2022, 6, 2, 12))).toBeCloseTo(365, 6);
  });

  it('inverts a pixel to the time under it', () => {
    const scale = createTimeScale(year, 730);
    expect(+scale.invert(365)).toBeCloseTo(Date.UTC(2022, 6, 2, 12), -1);
  });
});

describe('linearCoefficients()', () => {
  it('gives the arithmetic the scale does, for loops over many events', () => {
    const scale = createTimeScale(year, 1000);
    const { start, x0, pxPerMs } = linearCoefficients(scale);
    for (const time of [year[0], Date.UTC(2022, 4, 4), Date.UTC(2022, 10, 30), year[1]])
      expect(x0 + (time - start) * pxPerMs).toBeCloseTo(scale(time), 9);
    expect(1 / pxPerMs).toBeCloseTo((year[1] - year[0]) / 1000, 6);
  });
});

describe('createTimeScale() against d3-scale', () => {
  const windows: [number, number][] = [
    year,
    [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)],
    [Date.UTC(2022, 4, 1), Date.UTC(2022, 4, 8)],
    [Date.UTC(2021, 0, 1), Date.UTC(2023, 11, 31)],
  ];

  it('maps, inverts and ticks as scaleUtc does, to the last bit', async () => {
    const { scaleUtc } = await import('d3');
    for (const domain of windows)
      for (const width of [390, 1240]) {
        const ours = createTimeScale(domain, width);
        const d3 = scaleUtc().domain(domain).range([0, width]);
        for (const x of [0, 1, 97.5, width / 3, width]) expect(+ours.invert(x)).toBe(+d3.invert(x));
        for (const time of [domain[0], Date.UTC(2022, 4, 4), domain[1]])
          expect(ours(time)).toBe(d3(time));
        for (const count of [2, 5, 13])
          expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
        expect(ours.domain().map(Number)).toEqual(domain);
        expect(ours.range()).toEqual([0, width]);
      }
  });
});
