import { describe, expect, it } from 'vitest';
import { getClusterWidth } from '@/lib/timeline/cluster-width';
import { createLaneIndex, layoutItems } from '@/lib/timeline/layout';
import { createTimeScale } from '@/lib/timeline/time-scale';
import { createTimelineEvent } from '../../helpers';

const DAY = 86_400_000;

const event = createTimelineEvent;

const events = [
  event('a', '2022-01-01'),
  event('b', '2022-01-02'),
  event('c', '2022-01-03'),
  event('d', '2022-06-01'),
  event('e', '2022-06-01', { kind: 'milestone' }),
  event('f', '2030-01-01'),
];
const lanes = createLaneIndex(events);
const year: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

describe('createLaneIndex()', () => {
  it('sorts each kind into its lane by time', () => {
    expect(lanes[2]!.indices).toEqual([0, 1, 2, 3, 5]);
    expect(lanes[4]!.indices).toEqual([4]);
  });
});

describe('layoutItems()', () => {
  it('clusters marks closer than the cluster width and leaves the rest single', () => {
    const items = layoutItems(lanes, createTimeScale(year, 365), { clusterPx: 14 });
    expect(items).toContainEqual(
      expect.objectContaining({ type: 'cluster', lane: 2, indices: [0, 1, 2] }),
    );
    expect(items).toContainEqual(expect.objectContaining({ type: 'event', lane: 2, index: 3 }));
    expect(items).toContainEqual(expect.objectContaining({ type: 'event', lane: 4, index: 4 }));
    expect(items.some((item) => item.type === 'event' && item.index === 5)).toBe(false);
  });

  it('opens a cluster up when zoomed in', () => {
    const items = layoutItems(
      lanes,
      createTimeScale([Date.UTC(2021, 11, 31), Date.UTC(2022, 0, 7)], 700),
    );
    expect(
      items
        .filter((item) => item.type === 'event')
        .map((item) => item.type === 'event' && item.index),
    ).toEqual([0, 1, 2]);
  });

  it('keeps the focused event out of any cluster', () => {
    const items = layoutItems(lanes, createTimeScale(year, 365), { keep: 1 });
    expect(items).toContainEqual(expect.objectContaining({ type: 'event', index: 1 }));
    expect(items).toContainEqual(expect.objectContaining({ type: 'cluster', indices: [0, 2] }));
  });

  it('draws neighbouring clusters apart, and keeps them still while the view pans', () => {
    const dense = Array.from({ length: 2000 }, (_, i) =>
      event(
        `dense-${i}`,
        new Date(Date.UTC(2000, 0, 1) + i * 3.3 * DAY).toISOString().slice(0, 10),
      ),
    );
    const index = createLaneIndex(dense);
    const domain: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2019, 0, 1)];
    const clusters = layoutItems(index, createTimeScale(domain, 1000)).filter(
      (item) => item.type === 'cluster',
    );
    expect(clusters.length).toBeGreaterThan(10);
    for (let i = 1; i < clusters.length; i += 1) {
      const previous = clusters[i - 1]!;
      const current = clusters[i]!;
      const gap = current.x - previous.x;
      expect(gap).toBeGreaterThanOrEqual(
        getClusterWidth(current.type === 'cluster' ? current.indices.length : 1) / 2 +
          getClusterWidth(previous.type === 'cluster' ? previous.indices.length : 1) / 2,
      );
    }
    const shift = 30 * DAY;
    const panned = layoutItems(
      index,
      createTimeScale([domain[0] + shift, domain[1] + shift], 1000),
    ).filter((item) => item.type === 'cluster');
    const membership = (items: typeof clusters) =>
      new Set(items.map((item) => (item.type === 'cluster' ? item.indices.join(',') : '')));
    const before = membership(clusters);
    const shared = [...membership(panned)].filter((key) => before.has(key));
    expect(shared.length).toBeGreaterThan(clusters.length * 0.8);
  });

  it('positions marks on the scale', () => {
    const [item] = layoutItems(
      lanes,
      createTimeScale([Date.UTC(2022, 5, 1) - 50 * DAY, Date.UTC(2022, 5, 1) + 50 * DAY], 1000),
    ).filter((candidate) => candidate.type === 'event' && candidate.index === 3);
    expect(item!.x).toBeCloseTo(500, 6);
  });
});
