'use client';

import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * An element's width in CSS pixels, measured before paint and again whenever it resizes. With
 * `later`, the first width is the resize observer's first report, at the next frame, instead of a
 * measure before paint: for a part whose server-rendered picture stays on screen meanwhile, so
 * that the layout a measure forces, and the drawing the width sets off, leave hydration's task.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, later = false): number {
  const [width, setWidth] = useState(0);
  const [measureNow] = useState(!later);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (measureNow) setWidth(contentWidth(element));
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, measureNow]);
  return width;
}

/**
 * The width of an element's box inside its borders, as its resize observer will report it (for a
 * box without padding): the same number, so that the observer's first report renders nothing again.
 */
function contentWidth(element: HTMLElement): number {
  return element.getBoundingClientRect().width - (element.offsetWidth - element.clientWidth);
}
