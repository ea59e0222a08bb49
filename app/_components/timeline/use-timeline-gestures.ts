'use client';

import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { panDomain, zoomDomain, type Domain } from '@/lib/timeline/domain';
import { createTimeScale, linearCoefficients } from '@/lib/timeline/time-scale';

interface GestureOptions {
  /** The current window (read at every event, so gestures compose). */
  getDomain: () => Domain;
  /** Applies a new window (draws at once; React state follows). */
  setDomain: (domain: Domain) => void;
  /** Called when a gesture settles: after a drag or pinch ends, or a pause in wheel scrolling. */
  onSettle: () => void;
  bounds: Domain;
}

/** How far a pointer moves before a press becomes a drag (and no longer a click), in pixels. */
const DRAG_THRESHOLD = 4;

/**
 * Wheel and trackpad zoom centred on the pointer, horizontal scroll and drag to pan, two-finger
 * pinch and drag on touch screens. All handlers live here and are removed on unmount. They read the
 * latest options at each event, so a render during a gesture (a mark taking focus as it is
 * pressed) does not lose it.
 */
export function useTimelineGestures(
  ref: RefObject<HTMLElement | null>,
  options: GestureOptions,
): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const getDomain = () => latest.current.getDomain();
    const setDomain = (domain: Domain) => latest.current.setDomain(domain);
    const onSettle = () => latest.current.onSettle();
    /** The window on screen across the element, and where the element is. */
    const scaleNow = () => {
      const rect = element.getBoundingClientRect();
      return { scale: createTimeScale(getDomain(), rect.width), left: rect.left };
    };
    const timeAt = (clientX: number) => {
      const { scale, left } = scaleNow();
      return +scale.invert(clientX - left);
    };
    const msPerPx = () => 1 / linearCoefficients(scaleNow().scale).pxPerMs;

    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    const settleSoon = () => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(onSettle, 250);
    };

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      // Shift turns a vertical wheel into a horizontal one, as it scrolls a page sideways.
      const sideways = event.shiftKey && event.deltaX === 0;
      const dx = (sideways ? event.deltaY : event.deltaX) * scale;
      const dy = sideways ? 0 : event.deltaY * scale;
      if (!event.ctrlKey && Math.abs(dx) > Math.abs(dy)) {
        setDomain(panDomain(getDomain(), dx * msPerPx(), latest.current.bounds));
      } else {
        const factor = Math.exp(dy * (event.ctrlKey ? 0.01 : 0.0015));
        setDomain(zoomDomain(getDomain(), factor, timeAt(event.clientX), latest.current.bounds));
      }
      settleSoon();
    };

    const pointers = new Map<number, { x: number; y: number }>();
    let moved = 0;
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 && event.pointerType === 'mouse') return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 1) moved = 0;
    };
    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (!previous) return;
      if (pointers.size === 1) {
        const dx = event.clientX - previous.x;
        moved += Math.abs(dx) + Math.abs(event.clientY - previous.y);
        if (moved > DRAG_THRESHOLD) {
          if (!element.hasPointerCapture(event.pointerId))
            element.setPointerCapture(event.pointerId);
          setDomain(panDomain(getDomain(), -dx * msPerPx(), latest.current.bounds));
        }
      } else if (pointers.size === 2) {
        const [a, b] = [...pointers.entries()];
        const other = a![0] === event.pointerId ? b![1] : a![1];
        const before = Math.abs(previous.x - other.x);
        const after = Math.abs(event.clientX - other.x);
        moved += DRAG_THRESHOLD + 1;
        const centreBefore = (previous.x + other.x) / 2;
        const centreAfter = (event.clientX + other.x) / 2;
        const { bounds } = latest.current;
        let next = panDomain(getDomain(), -(centreAfter - centreBefore) * msPerPx(), bounds);
        if (before > 10 && after > 10)
          next = zoomDomain(next, before / after, timeAt(centreAfter), bounds);
        setDomain(next);
      }
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    };
    const onPointerUp = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      if (pointers.size === 0 && moved > DRAG_THRESHOLD) onSettle();
    };
    // A press that became a drag is not a click on the mark under it.
    const onClickCapture = (event: MouseEvent) => {
      if (moved > DRAG_THRESHOLD) {
        event.stopPropagation();
        event.preventDefault();
        moved = 0;
      }
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerUp);
    element.addEventListener('click', onClickCapture, true);
    return () => {
      clearTimeout(settleTimer);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerUp);
      element.removeEventListener('click', onClickCapture, true);
    };
  }, [ref]);
}
