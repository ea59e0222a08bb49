import { describe, expect, it } from 'vitest';
import { createRecurrenceRow } from '@/lib/recurrence/compute-recurrence';
import { parseRowSort, sortRecurrenceRows } from '@/lib/recurrence/sort-recurrence-rows';

const ROWS = [
  createRecurrenceRow('b', [0, 1, 1]),
  createRecurrenceRow('never', [0, 0, 0]),
  createRecurrenceRow('a', [0, 0, 5]),
  createRecurrenceRow('c', [1, 0, 0]),
];
const LABELS: Record<string, string> = { a: 'Alpha', b: 'Bravo', c: 'Charlie', never: 'Delta' };
const order = (sort: 'first-seen' | 'frequency' | 'name') =>
  sortRecurrenceRows(ROWS, sort, (id) => LABELS[id]!).map((row) => row.theme);

describe('sortRecurrenceRows()', () => {
  it('orders by first seen, themes never seen last', () => {
    expect(order('first-seen')).toEqual(['c', 'b', 'a', 'never']);
  });

  it('orders by statements, most first', () => {
    expect(order('frequency')).toEqual(['a', 'b', 'c', 'never']);
  });

  it('orders by label', () => {
    expect(order('name')).toEqual(['a', 'b', 'c', 'never']);
  });

  it('leaves the given rows as they were', () => {
    expect(ROWS.map((row) => row.theme)).toEqual(['b', 'never', 'a', 'c']);
  });
});

describe('parseRowSort()', () => {
  it.each([
    ['frequency', 'frequency'],
    ['name', 'name'],
    ['NAME', 'first-seen'],
    [null, 'first-seen'],
    ['constructor', 'first-seen'],
  ])('reads %j as %j', (value, sort) => {
    expect(parseRowSort(value)).toBe(sort);
  });
});
