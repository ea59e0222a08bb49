import { describe, expect, it } from 'vitest';
import { scrollLeftFor } from '@/lib/recurrence/scroll-left-for';

describe('scrollLeftFor()', () => {
  it('keeps the scroll of a column in view', () => {
    expect(scrollLeftFor(5, 120, 400)).toBe(120);
  });

  it('scrolls back to a column left of the view, to its left edge', () => {
    expect(scrollLeftFor(2, 120, 400)).toBe(80);
  });

  it('scrolls on to a column right of the view, to its right edge', () => {
    // Column 20 spans 800-840 px; the view then shows 440-840.
    expect(scrollLeftFor(20, 120, 400)).toBe(440);
  });
});
