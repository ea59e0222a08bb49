import { describe, expect, it } from 'vitest';
import { shownColumnsOf } from '@/lib/recurrence/shown-columns-of';

describe('shownColumnsOf()', () => {
  it('renders the columns in view and three more after them at the start', () => {
    // 400 px hold 10 columns of 40 px, 11 when scrolled part-way through one.
    expect(shownColumnsOf({ left: 0, width: 400 }, 1000)).toEqual({ start: 0, end: 17 });
  });

  it('renders three columns before those in view once scrolled', () => {
    expect(shownColumnsOf({ left: 4000, width: 400 }, 1000)).toEqual({ start: 97, end: 114 });
  });

  it('ends at the last column when scrolled to the end', () => {
    expect(shownColumnsOf({ left: 39_600, width: 400 }, 1000)).toEqual({ start: 987, end: 1000 });
  });

  it('renders the last screenful for a scroll past the last column', () => {
    // As after a filter leaves fewer columns than the scroll was made for.
    expect(shownColumnsOf({ left: 39_600, width: 400 }, 20)).toEqual({ start: 9, end: 20 });
  });

  it('renders every column when fewer than a view holds', () => {
    expect(shownColumnsOf({ left: 0, width: 1280 }, 5)).toEqual({ start: 0, end: 5 });
  });

  it('renders a handful of columns in a view without width', () => {
    expect(shownColumnsOf({ left: 0, width: 0 }, 1000)).toEqual({ start: 0, end: 7 });
  });
});
