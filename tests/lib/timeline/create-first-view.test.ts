import { describe, expect, it } from 'vitest';
import { createFirstViews, placeCountDigits } from '@/lib/timeline/create-first-view';
import type { TimelineData } from '@/lib/timeline/create-timeline-data';
import { LANES } from '@/lib/timeline/lanes';
import { createLaneIndex } from '@/lib/timeline/layout';
import { localizeLanes } from '@/lib/timeline/localize-timeline';
import { createTimelineEvent } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

const DAY = 86_400_000;

/** Thirty defense ministerials a day apart in March 2022, and one summit in June. */
const events = [
  ...Array.from({ length: 30 }, (_, i) =>
    createTimelineEvent(
      `dense-${i}`,
      new Date(Date.UTC(2022, 2, 1) + i * DAY).toISOString().slice(0, 10),
    ),
  ),
  createTimelineEvent('summit', '2022-06-15', { kind: 'leaders-summit' }),
];
const data: TimelineData = {
  events,
  bounds: [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)],
  lanes: createLaneIndex(events),
  indexById: new Map(events.map((event, index) => [event.id, index])),
};
const year = { domain: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] as [number, number] };

describe('createFirstViews()', () => {
  it('clusters the dense month with counts that add up to its events', () => {
    const views = createFirstViews(data, { ...year, event: null }, timelineWordsIn('en'));
    for (const view of Object.values(views)) {
      const clustered = view.clusters
        .filter((cluster) => cluster.lane === 2)
        .reduce((sum, cluster) => sum + cluster.count, 0);
      expect(clustered + view.marks[2]!.length).toBe(30);
      expect(view.clusters.length).toBeGreaterThan(0);
      expect(view.marks[0]).toHaveLength(1);
    }
  });

  it('rings the selected event, and leaves room for the event panel on wide screens', () => {
    const none = createFirstViews(data, { ...year, event: null }, timelineWordsIn('en'));
    const selected = createFirstViews(data, { ...year, event: 'summit' }, timelineWordsIn('en'));
    expect(none.large.selected).toEqual([]);
    expect(selected.large.selected).toEqual([{ lane: 0, x: selected.large.marks[0]![0] }]);
    expect(selected.large.width).toBeLessThan(none.large.width);
    expect(selected.small.width).toBe(none.small.width);
  });

  it('lays out the same marks in Japanese, with Japanese ticks, cluster labels and names', () => {
    const words = timelineWordsIn('ja', { events: { summit: { label: '岸田・バイデン会談' } } });
    const english = createFirstViews(data, { ...year, event: null }, timelineWordsIn('en'));
    const japanese = createFirstViews(
      data,
      { ...year, event: null },
      words,
      undefined,
      localizeLanes(LANES, words),
    );
    expect(japanese.large.marks).toEqual(english.large.marks);
    expect(japanese.large.ticks.map((tick) => tick.label)).toContain('2022年');
    const labels = japanese.large.labels.map((label) => label.text);
    expect(labels).toContain('岸田・バイデン会談');
    expect(labels.some((text) => /^防衛相会談\d+件$/.test(text))).toBe(true);
  });
});

describe('placeCountDigits()', () => {
  it('centres a single digit on the cluster', () => {
    expect(placeCountDigits(7, '10%')).toEqual([{ text: '7', x: '10%', dx: '0.0em' }]);
  });

  it('spreads longer counts evenly about the cluster, in reading order', () => {
    expect(placeCountDigits(12, '25.00%')).toEqual([
      { text: '1', x: '25.00%', dx: '-0.3em' },
      { text: '2', x: '25.00%', dx: '0.3em' },
    ]);
    expect(placeCountDigits(305, '5%').map((digit) => [digit.text, digit.dx])).toEqual([
      ['3', '-0.6em'],
      ['0', '0.0em'],
      ['5', '0.6em'],
    ]);
  });
});
