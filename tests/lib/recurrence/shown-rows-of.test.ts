import { describe, expect, it } from 'vitest';
import { shownRowsOf } from '@/lib/recurrence/shown-rows-of';

const view = (top: number, bottom: number) => ({ top, bottom, rowHeight: 10 });

describe('shownRowsOf()', () => {
  it('renders the rows on screen and two more below them at the top', () => {
    expect(shownRowsOf(view(0, 35), 100, 0)).toEqual({
      shown: [0, 1, 2, 3, 4, 5].map((index) => ({ index, gapBefore: 0 })),
      after: 94,
    });
  });

  it('leaves out the rows above, less two, as a gap before the first', () => {
    const { shown, after } = shownRowsOf(view(500, 530), 100, 50);
    expect(shown.map((row) => row.index)).toEqual([48, 49, 50, 51, 52, 53, 54]);
    expect(shown[0]!.gapBefore).toBe(48);
    expect(after).toBe(45);
  });

  it('adds the current row off screen, with the gaps around it', () => {
    const { shown, after } = shownRowsOf(view(0, 20), 100, 90);
    expect(shown.map((row) => [row.index, row.gapBefore])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [90, 86],
    ]);
    expect(after).toBe(9);
  });

  it('renders every row of a view without end, and adds no current row out of range', () => {
    const { shown, after } = shownRowsOf(view(0, Infinity), 3, 7);
    expect(shown.map((row) => row.index)).toEqual([0, 1, 2]);
    expect(after).toBe(0);
  });

  it('renders nothing of an empty grid', () => {
    expect(shownRowsOf(view(0, 100), 0, 0)).toEqual({ shown: [], after: 0 });
  });
});
