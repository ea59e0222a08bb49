import { describe, expect, it } from 'vitest';
import { nextCellOf, pageColumnsOf } from '@/lib/recurrence/next-cell-of';

const GRID = { rows: 4, columns: 100, page: 9 };
const FROM = { row: 1, col: 50 };
const press = (key: string, ctrlKey = false) => nextCellOf({ key, ctrlKey }, FROM, GRID);

describe('nextCellOf()', () => {
  it.each([
    ['ArrowRight', { row: 1, col: 51 }],
    ['ArrowLeft', { row: 1, col: 49 }],
    ['ArrowDown', { row: 2, col: 50 }],
    ['ArrowUp', { row: 0, col: 50 }],
    ['PageDown', { row: 1, col: 59 }],
    ['PageUp', { row: 1, col: 41 }],
    ['Home', { row: 1, col: 0 }],
    ['End', { row: 1, col: 99 }],
  ])('moves %s to %j', (key, cell) => {
    expect(press(key)).toEqual(cell);
  });

  it('moves Ctrl+Home to the first cell and Ctrl+End to the last', () => {
    expect(press('Home', true)).toEqual({ row: 0, col: 0 });
    expect(press('End', true)).toEqual({ row: 3, col: 99 });
  });

  it('stops at the grid’s edges', () => {
    const corner = { row: 0, col: 0 };
    expect(nextCellOf({ key: 'ArrowUp', ctrlKey: false }, corner, GRID)).toEqual(corner);
    expect(nextCellOf({ key: 'PageUp', ctrlKey: false }, { row: 3, col: 4 }, GRID)).toEqual({
      row: 3,
      col: 0,
    });
    expect(nextCellOf({ key: 'PageDown', ctrlKey: false }, { row: 3, col: 95 }, GRID)).toEqual({
      row: 3,
      col: 99,
    });
  });

  it.each(['Enter', ' ', 'a', 'Tab', 'toString'])('does not move on %j', (key) => {
    expect(press(key)).toBeNull();
  });
});

describe('pageColumnsOf()', () => {
  it('pages by a screenful of columns less one', () => {
    expect(pageColumnsOf(400)).toBe(9);
  });

  it('pages by at least one column', () => {
    expect(pageColumnsOf(40)).toBe(1);
    expect(pageColumnsOf(0)).toBe(1);
  });
});
