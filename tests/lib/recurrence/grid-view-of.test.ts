import { describe, expect, it } from 'vitest';
import { gridViewOf, type GridMeasures } from '@/lib/recurrence/grid-view-of';

const MEASURES: GridMeasures = {
  top: 100,
  height: 400,
  maxHeight: Number.NaN,
  clientTop: 1,
  clientWidth: 900,
  scrollTop: 0,
  scrollLeft: 0,
  headerHeight: 50,
  stickyWidth: 220,
  rowHeight: 30,
  windowHeight: 800,
};

describe('gridViewOf()', () => {
  it('gives the event columns the width beside the sticky ones', () => {
    expect(gridViewOf({ ...MEASURES, scrollLeft: 120 })).toMatchObject({ left: 120, width: 680 });
  });

  it('shows the body from its top to the scroller’s bottom', () => {
    // The body starts at 100 + 1 + 50; the scroller ends at 500.
    expect(gridViewOf(MEASURES)).toMatchObject({ top: 0, bottom: 349, rowHeight: 30 });
  });

  it('moves the shown band down the body as the scroller scrolls', () => {
    expect(gridViewOf({ ...MEASURES, scrollTop: 300 })).toMatchObject({ top: 299, bottom: 649 });
  });

  it('counts the height the scroller may grow to, within the window', () => {
    expect(gridViewOf({ ...MEASURES, maxHeight: 2000 })).toMatchObject({ bottom: 649 });
  });

  it('shows the body under the sticky header when the page scrolled past the grid’s top', () => {
    // The scroller's top is 200 px above the window, the body's 149 px; it ends 200 px below.
    expect(gridViewOf({ ...MEASURES, top: -200 })).toMatchObject({ top: 149, bottom: 349 });
  });

  it('shows the first rows of a grid below the fold', () => {
    expect(gridViewOf({ ...MEASURES, top: 1000 })).toMatchObject({ top: 0, bottom: 0 });
  });

  it('takes the default row height while no row is rendered', () => {
    expect(gridViewOf({ ...MEASURES, rowHeight: 0 }).rowHeight).toBe(33);
  });
});
