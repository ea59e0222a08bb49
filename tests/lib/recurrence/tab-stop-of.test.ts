import { describe, expect, it } from 'vitest';
import { tabStopOf } from '@/lib/recurrence/tab-stop-of';

describe('tabStopOf()', () => {
  it('keeps an active cell among the rendered columns', () => {
    expect(tabStopOf({ row: 2, col: 40 }, 5, { start: 30, end: 50 })).toEqual({ row: 2, col: 40 });
  });

  it('moves an active cell scrolled out of the DOM to the nearest rendered column', () => {
    expect(tabStopOf({ row: 2, col: 0 }, 5, { start: 30, end: 50 })).toEqual({ row: 2, col: 30 });
    expect(tabStopOf({ row: 2, col: 90 }, 5, { start: 30, end: 50 })).toEqual({ row: 2, col: 49 });
  });

  it('moves an active row beyond a shrunk grid to its last row', () => {
    expect(tabStopOf({ row: 9, col: 0 }, 5, { start: 0, end: 10 })).toEqual({ row: 4, col: 0 });
  });
});
