import { describe, expect, it } from 'vitest';
import { createTicks } from '@/lib/timeline/ticks';
import { createTimeScale } from '@/lib/timeline/time-scale';

describe('createTicks()', () => {
  it('gives decades over the whole period', () => {
    const ticks = createTicks(createTimeScale([Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)], 800));
    expect(ticks.map((tick) => tick.label)).toEqual([
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    expect(ticks.every((tick) => tick.major)).toBe(true);
  });

  it('gives years, then months with the year at January, then days', () => {
    const years = createTicks(createTimeScale([Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)], 1000));
    expect(years.map((tick) => tick.label)).toContain('2022');
    const months = createTicks(createTimeScale([Date.UTC(2021, 9, 1), Date.UTC(2022, 5, 1)], 1200));
    expect(months.map((tick) => tick.label)).toEqual(
      expect.arrayContaining(['Nov', '2022', 'Mar']),
    );
    expect(months.find((tick) => tick.label === '2022')?.major).toBe(true);
    const days = createTicks(createTimeScale([Date.UTC(2022, 4, 1), Date.UTC(2022, 4, 15)], 1000));
    expect(days.map((tick) => tick.label)).toEqual(expect.arrayContaining(['1 May 2022', '4 May']));
  });

  it('places ticks on the scale, about one per 90 pixels', () => {
    const ticks = createTicks(createTimeScale([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)], 900));
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(13);
    expect(ticks[0]!.x).toBeCloseTo(0, 6);
    expect(ticks.every((tick, i) => i === 0 || tick.x > ticks[i - 1]!.x)).toBe(true);
  });

  it('ticks no finer than days, each day once, on a wide screen zoomed to a week', () => {
    const week = createTicks(createTimeScale([Date.UTC(2022, 4, 1), Date.UTC(2022, 4, 8)], 1920));
    const labels = week.map((tick) => tick.label);
    expect(labels).toEqual([
      '1 May 2022',
      '2 May',
      '3 May',
      '4 May',
      '5 May',
      '6 May',
      '7 May',
      '8 May',
    ]);
  });

  it('labels the ticks in Japanese: 2022年, 3月, 5月4日', () => {
    const scale = (start: number, end: number, width: number) =>
      createTicks(createTimeScale([start, end], width), 'ja').map((tick) => tick.label);
    expect(scale(Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1), 1000)).toContain('2022年');
    expect(scale(Date.UTC(2021, 9, 1), Date.UTC(2022, 5, 1), 1200)).toEqual(
      expect.arrayContaining(['11月', '2022年', '3月']),
    );
    expect(scale(Date.UTC(2022, 4, 1), Date.UTC(2022, 4, 15), 1000)).toEqual(
      expect.arrayContaining(['2022年5月1日', '5月4日']),
    );
  });
});
