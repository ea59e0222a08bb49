import { describe, expect, it } from 'vitest';
import type { GridView } from '@/lib/recurrence/grid-view';
import { isSameGridView } from '@/lib/recurrence/is-same-grid-view';

const VIEW: GridView = { left: 0, width: 600, top: 0, bottom: 300, rowHeight: 30 };

describe('isSameGridView()', () => {
  it('is true for a scroll within the same rows', () => {
    expect(isSameGridView(VIEW, { ...VIEW, top: 10, bottom: 290 })).toBe(true);
  });

  it('is false once a row comes into view or leaves it', () => {
    expect(isSameGridView(VIEW, { ...VIEW, top: 30 })).toBe(false);
    expect(isSameGridView(VIEW, { ...VIEW, bottom: 301 })).toBe(false);
  });

  it('is false for any scroll or width across', () => {
    expect(isSameGridView(VIEW, { ...VIEW, left: 1 })).toBe(false);
    expect(isSameGridView(VIEW, { ...VIEW, width: 640 })).toBe(false);
  });

  it('is false for a new row height', () => {
    expect(isSameGridView(VIEW, { ...VIEW, rowHeight: 33 })).toBe(false);
  });
});
