'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Domain } from '@/lib/timeline/domain';
import { readColors, type TimelineColors } from './draw-timeline';

/** Draws a window's frame on the 2D context (sized and scaled to CSS pixels) in these colours. */
export type PaintFrame = (
  context: CanvasRenderingContext2D,
  colors: TimelineColors,
  domain: Domain,
) => void;

/** What the timeline asks of its canvas. */
export interface TimelineCanvas {
  /** The window on the canvas (or about to be, at the next frame). */
  getDomain: () => Domain;
  /** Shows a window at the next animation frame, once however often it moves before then. */
  drawAt: (domain: Domain) => void;
  /** Whether the canvas has drawn (then it takes over from the server-rendered first view). */
  drawn: boolean;
  /** The colours the canvas draws in. */
  colors: () => TimelineColors | null;
}

/**
 * The canvas of the timeline's marks, `width` × `height` CSS pixels at the screen's pixel ratio,
 * and the window it shows, starting at `initial`. A gesture moves the window every frame, too
 * often for React state: it lives here. The canvas draws before paint whenever `paint` changes
 * (what it shows changed) and at the next animation frame when the window moves. It marks
 * `timeline:interactive` on its first frame.
 */
export function useTimelineCanvas(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  {
    width,
    height,
    initial,
    paint,
  }: { width: number; height: number; initial: Domain; paint: PaintFrame },
): TimelineCanvas {
  const live = useRef(initial);
  const frameRequest = useRef(0);
  const colors = useRef<TimelineColors | null>(null);
  const ready = useRef(false);
  const [drawn, setDrawn] = useState(false);

  const draw = useCallback(() => {
    frameRequest.current = 0;
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !width) return;
    const ratio = window.devicePixelRatio || 1;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(height * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Reading CSS costs a style recalculation: once, and again when the colour scheme changes.
    colors.current ??= readColors(canvas);
    paint(context, colors.current, live.current);
    if (ready.current) return;
    ready.current = true;
    markInteractive();
    setDrawn(true);
  }, [canvasRef, width, height, paint]);

  // A frame asked for draws what is latest when it comes.
  const latestDraw = useRef(draw);
  useLayoutEffect(() => {
    latestDraw.current = draw;
    // Synchronously once what it shows changes, so the view is there before paint.
    draw();
  }, [draw]);

  const scheduleDraw = useCallback(() => {
    if (!frameRequest.current)
      frameRequest.current = requestAnimationFrame(() => latestDraw.current());
  }, []);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      colors.current = null;
      scheduleDraw();
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [scheduleDraw]);

  const getDomain = useCallback(() => live.current, []);
  const drawAt = useCallback(
    (domain: Domain) => {
      live.current = domain;
      scheduleDraw();
    },
    [scheduleDraw],
  );
  const readCurrentColors = useCallback(() => colors.current, []);
  return { getDomain, drawAt, drawn, colors: readCurrentColors };
}

/**
 * Marks the timeline ready and interactive. The server-rendered first view marks `timeline:ready`
 * as it is parsed; a page rendered in the browser (a client-side navigation) has none, so the first
 * canvas frame marks it.
 */
function markInteractive(): void {
  if (!performance.getEntriesByName('timeline:ready').length) performance.mark('timeline:ready');
  performance.mark('timeline:interactive');
}
