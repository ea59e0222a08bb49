import { describe, expect, it } from 'vitest';
import { createLaneIndex, layoutItems, type TimelineItem } from '@/lib/timeline/layout';
import { placeLabels, spanOf, type LabelOptions } from '@/lib/timeline/place-labels';
import { createTimeScale } from '@/lib/timeline/time-scale';
import { createTimelineEvent } from '../../helpers';

const event = createTimelineEvent;
const year: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];
const measure = (text: string) => text.length * 10;

function options(overrides: Partial<LabelOptions> = {}): LabelOptions {
  return {
    labelsOf: (index) => [`event ${index}`],
    clusterLabelOf: (indices) => `${indices.length} events`,
    measure,
    width: 1200,
    ...overrides,
  };
}

/** A mark's extent in the row beside the marks: labels keep clear of it. */
function markSpan(item: TimelineItem) {
  const half = item.type === 'cluster' ? 14 : 5.5;
  return { left: item.x - half, right: item.x + half };
}

describe('placeLabels()', () => {
  it('never lets labels overlap each other or the next mark', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      event(
        `event-${i}`,
        `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i)
          .padStart(2, '0')
          .slice(-2)
          .replace(/^[34]/, '1')}`,
      ),
    );
    const index = createLaneIndex(many);
    const items = layoutItems(index, createTimeScale(year, 1200), { clusterPx: 4 });
    const labels = placeLabels(items, options({ labelsOf: (i) => [many[i]!.title] }));
    expect(labels.length).toBeGreaterThan(10);
    for (const row of [0, 1]) {
      const spans = labels
        .filter((label) => label.row === row)
        .map(spanOf)
        .sort((a, b) => a.left - b.left);
      for (let i = 1; i < spans.length; i += 1)
        expect(spans[i]!.left).toBeGreaterThanOrEqual(spans[i - 1]!.right);
    }
    for (const label of labels) {
      const span = spanOf(label);
      expect(span.left).toBeGreaterThanOrEqual(0);
      expect(span.right).toBeLessThanOrEqual(1200);
      if (label.row > 0) continue;
      for (const item of items) {
        const mark = markSpan(item);
        expect(span.right <= mark.left || span.left >= mark.right).toBe(true);
      }
    }
  });

  it('stacks a label that has no room beside its mark into the row below', () => {
    const close = [event('a', '2022-03-01'), event('b', '2022-03-11')];
    const items = layoutItems(createLaneIndex(close), createTimeScale(year, 1000), {
      clusterPx: 2,
    });
    const labels = placeLabels(items, options({ labelsOf: (i) => [close[i]!.title.repeat(6)] }));
    expect(labels.map((label) => [label.text, label.row]).sort()).toEqual([
      ['aaaaaa', 1],
      ['bbbbbb', 0],
    ]);
  });

  it('uses the row above the marks, right of the lane’s title, once the row below is taken', () => {
    const close = [event('a', '2022-03-01'), event('b', '2022-03-11'), event('c', '2022-03-21')];
    const items = layoutItems(createLaneIndex(close), createTimeScale(year, 1000), {
      clusterPx: 2,
    });
    const long = (i: number) => [close[i]!.title.repeat(8)];
    const labels = placeLabels(items, options({ labelsOf: long, titleEnds: [0, 0, 150] }));
    expect(labels.map((label) => [label.text[0], label.row]).sort()).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 0],
    ]);
    const behindTitle = placeLabels(items, options({ labelsOf: long, titleEnds: [0, 0, 200] }));
    expect(behindTitle.map((label) => label.row)).not.toContain(2);
  });

  it('takes a shorter text where the longer one does not fit, and gives up where none does', () => {
    // About 55 px apart, the first at the left edge.
    const close = [event('a', '2022-01-05'), event('b', '2022-01-25'), event('c', '2022-02-14')];
    const items = layoutItems(createLaneIndex(close), createTimeScale(year, 1000), {
      clusterPx: 2,
    });
    const labels = placeLabels(
      items,
      options({ labelsOf: (i) => [`${close[i]!.title} is long`, close[i]!.title], rows: 1 }),
    );
    expect(labels.map((label) => label.text).sort()).toEqual(['a', 'b', 'c is long']);
    const crowded = placeLabels(
      items,
      options({ labelsOf: (i) => [close[i]!.title.repeat(4)], rows: 1 }),
    );
    expect(crowded.map((label) => label.text)).toEqual(['cccc']);
  });

  it('labels the selected event even where its label crowds a neighbour', () => {
    const close = [event('a', '2022-03-01'), event('b', '2022-03-11')];
    const items = layoutItems(createLaneIndex(close), createTimeScale(year, 1000), {
      clusterPx: 2,
    });
    const labels = placeLabels(
      items,
      options({ labelsOf: (i) => [close[i]!.title.repeat(6)], rows: 1, always: [0] }),
    );
    expect(labels.map((label) => label.text)).toContain('aaaaaa');
  });

  it('puts a label on the left of a mark at the right edge', () => {
    const late = [event('z', '2022-12-25')];
    const items = layoutItems(createLaneIndex(late), createTimeScale(year, 1000));
    const [label] = placeLabels(items, options({ width: 1000 }));
    expect(label).toMatchObject({ align: 'end', row: 0 });
    expect(label!.x).toBeLessThan(items[0]!.x);
  });

  it('says what a cluster holds beside it', () => {
    const dense = [event('a', '2022-03-01'), event('b', '2022-03-01'), event('c', '2022-03-01')];
    const items = layoutItems(createLaneIndex(dense), createTimeScale(year, 1000));
    expect(placeLabels(items, options()).map((label) => label.text)).toEqual(['3 events']);
  });
});
