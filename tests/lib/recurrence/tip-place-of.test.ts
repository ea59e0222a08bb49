import { describe, expect, it } from 'vitest';
import { tipPlaceOf, type Box } from '@/lib/recurrence/tip-place-of';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
  bottom: top + height,
});
const FRAME = box(100, 1000, 800, 400);
const TIP = { width: 200, height: 60 };

describe('tipPlaceOf()', () => {
  it('places the tooltip under the cell, at its left edge', () => {
    expect(tipPlaceOf(box(300, 1100, 40, 32), FRAME, TIP)).toEqual({ left: 200, top: 136 });
  });

  it('keeps the tooltip inside the frame’s right edge', () => {
    expect(tipPlaceOf(box(860, 1100, 40, 32), FRAME, TIP)).toEqual({ left: 600, top: 136 });
  });

  it('places the tooltip above a cell near the frame’s bottom', () => {
    expect(tipPlaceOf(box(300, 1340, 40, 32), FRAME, TIP)).toEqual({ left: 200, top: 276 });
  });

  it('keeps the tooltip under a cell without room above', () => {
    expect(tipPlaceOf(box(300, 1040, 40, 32), box(100, 1000, 800, 100), TIP)).toEqual({
      left: 200,
      top: 76,
    });
  });

  it('keeps the tooltip at the frame’s left edge, even when wider than the frame', () => {
    expect(tipPlaceOf(box(50, 1100, 40, 32), box(100, 1000, 150, 400), TIP).left).toBe(0);
  });
});
