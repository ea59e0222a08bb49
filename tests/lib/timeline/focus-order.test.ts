import { describe, expect, it } from 'vitest';
import { createFocusOrder, firstInView, stepFocus, tabStopOf } from '@/lib/timeline/focus-order';
import type { TimelineItem } from '@/lib/timeline/layout';
import { createTimelineEvent } from '../../helpers';

describe('createFocusOrder()', () => {
  it('lists the events some lane holds, once each, in date order', () => {
    const lanes = [
      { times: [], indices: [4, 1] },
      { times: [], indices: [1, 3] },
    ];
    expect(createFocusOrder(6, lanes)).toEqual([1, 3, 4]);
  });
});

describe('stepFocus()', () => {
  const order = [2, 5, 7, 9];

  it('steps forward and back from an event in the order, and stops at its ends', () => {
    expect(stepFocus(order, 5, 1)).toBe(7);
    expect(stepFocus(order, 5, -1)).toBe(2);
    expect(stepFocus(order, 9, 1)).toBe(9);
    expect(stepFocus(order, 2, -1)).toBe(2);
  });

  it('goes to the first or the last', () => {
    expect(stepFocus(order, 7, 'first')).toBe(2);
    expect(stepFocus(order, 2, 'last')).toBe(9);
  });

  it('steps back from an event the order leaves out to the one before it', () => {
    expect(stepFocus(order, 6, -1)).toBe(5);
  });

  it('starts from the first event when nothing is focused', () => {
    expect(stepFocus(order, null, 1)).toBe(2);
  });

  it('gives null when no event is shown', () => {
    expect(stepFocus([], 3, 1)).toBeNull();
  });
});

describe('tabStopOf()', () => {
  const items: TimelineItem[] = [
    { type: 'event', lane: 0, x: 300, index: 4 },
    { type: 'cluster', lane: 1, x: 50, x0: 40, x1: 60, indices: [0, 1] },
    { type: 'event', lane: 1, x: 120, index: 2 },
  ];

  it('is the focused event where it is on screen', () => {
    expect(tabStopOf(items, 4, 2)).toBe(4);
  });

  it('is the selected event where the focused one is not on screen', () => {
    expect(tabStopOf(items, 9, 4)).toBe(4);
  });

  it('is the leftmost single event otherwise', () => {
    expect(tabStopOf(items, null, null)).toBe(2);
  });

  it('is null when only clusters are on screen', () => {
    expect(tabStopOf([items[1]!], null, null)).toBeNull();
  });
});

describe('firstInView()', () => {
  const events = [createTimelineEvent('a', '2021-03-01'), createTimelineEvent('b', '2022-03-01')];

  it('finds the first event at or after the window’s start', () => {
    expect(firstInView(events, [Date.UTC(2021, 6, 1), Date.UTC(2023, 0, 1)])).toBe(1);
  });

  it('gives null when every event is before the window', () => {
    expect(firstInView(events, [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)])).toBeNull();
  });
});
