import { useCallback, useEffect, useRef, useState } from 'react';
import { gridViewOf } from '@/lib/recurrence/grid-view-of';
import { ROW_HEIGHT, type GridView } from '@/lib/recurrence/grid-view';
import { isSameGridView } from '@/lib/recurrence/is-same-grid-view';
import { scrollLeftFor } from '@/lib/recurrence/scroll-left-for';

/**
 * The view before the first measure (and on the server): a phone's, the grid below the fold, so
 * its first rows and a narrow screenful of columns. A wider or taller screen adds cells once
 * measured. Adding is cheap; taking out cells the server rendered costs the browser a detached
 * layout for each, which under tracing (Lighthouse's) took seconds on a phone for a wide first view.
 */
const FIRST_VIEW: GridView = { left: 0, width: 240, top: 0, bottom: 0, rowHeight: ROW_HEIGHT };

/**
 * Tracks which part of the grid in `scrollerRef` is on screen, through the scroller's own scrolling
 * and the page's, one update per animation frame. `scrollToColumn` scrolls a column into view and
 * renders it at once.
 */
export function useGridView() {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<GridView>(FIRST_VIEW);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measureGridView(scroller);
        setView((current) => (isSameGridView(current, next) ? current : next));
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    // Content above the grid that grows or shrinks moves it on screen.
    observer.observe(document.body);
    scroller.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      scroller.removeEventListener('scroll', measure);
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);
  const scrollToColumn = useCallback((col: number) => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const width = scroller.clientWidth - stickyWidthOf(scroller);
    const left = scrollLeftFor(col, scroller.scrollLeft, width);
    if (left === scroller.scrollLeft) return;
    scroller.scrollLeft = left;
    // Render the target's column now, before the scroll event comes back.
    setView((current) => ({ ...current, left: scroller.scrollLeft, width }));
  }, []);
  return { scrollerRef, view, scrollToColumn };
}

function measureGridView(scroller: HTMLElement): GridView {
  const box = scroller.getBoundingClientRect();
  const row = scroller.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
  return gridViewOf({
    top: box.top,
    height: box.height,
    maxHeight: Number.parseFloat(getComputedStyle(scroller).maxHeight),
    clientTop: scroller.clientTop,
    clientWidth: scroller.clientWidth,
    scrollTop: scroller.scrollTop,
    scrollLeft: scroller.scrollLeft,
    headerHeight: scroller.querySelector('thead')?.offsetHeight ?? 0,
    stickyWidth: stickyWidthOf(scroller),
    rowHeight: row?.offsetHeight ?? 0,
    windowHeight: window.innerHeight,
  });
}

/** Width of the sticky theme and total columns, in px. */
function stickyWidthOf(scroller: HTMLElement): number {
  const corner = scroller.querySelector<HTMLElement>('.matrix-corner');
  const total = scroller.querySelector<HTMLElement>('thead .matrix-total');
  return (corner?.offsetWidth ?? 0) + (total?.offsetWidth ?? 0);
}
