'use client';

import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { countByYear } from '@/lib/timeline/count-by-year';
import { formatUtcIn } from '@/lib/timeline/format-utc-in';
import { formatWindow } from '@/lib/timeline/describe-window';
import { centreDomain, panDomain, type Domain } from '@/lib/timeline/domain';
import { createTimeScale, linearCoefficients } from '@/lib/timeline/time-scale';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { TimelineWords } from '@/lib/timeline/timeline-words';
import { readColors } from './draw-timeline';
import { useElementWidth } from './use-element-width';

const HEIGHT = 44;
/** The strip at the bottom that holds the year labels, below the histogram and the brush (CSS). */
const LABEL_STRIP = 14;

interface OverviewProps {
  events: TimelineEvent[];
  bounds: Domain;
  /** The window as of the view's last pause (the brush follows it, not every frame). */
  domain: Domain;
  /** The live window, read during a drag. */
  getDomain: () => Domain;
  /** Moves the live window (every step of a drag). */
  onChange: (domain: Domain) => void;
  /** The window has settled, at the end of a drag, a click or a key press. */
  onCommit: (domain: Domain) => void;
  words: Pick<TimelineWords, 'overview' | 'windowTo' | 'language'>;
}

/** The whole period in a strip, with a brush for the visible window: drag it, or click to jump. */
export function Overview({
  events,
  bounds,
  domain,
  getDomain,
  onChange,
  onCommit,
  words,
}: OverviewProps) {
  const stripRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(stripRef);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ x: number; moved: boolean } | null>(null);
  const counts = useMemo(() => countByYear(events, bounds), [events, bounds]);
  // The whole period across the strip, in pixels (at least one, before the strip is measured).
  const scale = useMemo(() => createTimeScale(bounds, Math.max(1, width)), [bounds, width]);
  // And in percentages of the strip's width, for the brush's CSS.
  const percent = useMemo(() => createTimeScale(bounds, 100), [bounds]);

  // Drawn after paint: the timeline's own canvas comes first.
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !width) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const colors = readColors(canvas);
    const max = Math.max(1, ...counts.map((c) => c.count));
    context.fillStyle = colors.muted;
    for (const { start, end, count } of counts) {
      const x0 = scale(start);
      const x1 = scale(end);
      const h = count ? Math.max(2, (count / max) * (HEIGHT - LABEL_STRIP - 2)) : 0;
      context.fillRect(x0, HEIGHT - LABEL_STRIP - h, Math.max(1, x1 - x0 - 1), h);
    }
    context.font = '11px system-ui, sans-serif';
    context.textBaseline = 'bottom';
    context.fillStyle = colors.fg;
    for (let year = 1960; year <= new Date(bounds[1]).getUTCFullYear(); year += 10) {
      const start = Date.UTC(year, 0, 1);
      context.fillText(formatUtcIn(start, 'yyyy', words.language), scale(start) + 2, HEIGHT - 1);
    }
  }, [counts, width, bounds, scale, words.language]);

  const msPerPx = 1 / linearCoefficients(scale).pxPerMs;
  const left = percent(domain[0]);
  const right = percent(domain[1]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const dx = event.clientX - drag.current.x;
    if (Math.abs(dx) < 1) return;
    drag.current = { x: event.clientX, moved: true };
    onChange(panDomain(getDomain(), dx * msPerPx, bounds));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const wasDrag = drag.current?.moved;
    drag.current = null;
    if (wasDrag) return onCommit(getDomain());
    if (!(event.target as HTMLElement).classList.contains('overview-brush')) {
      const rect = event.currentTarget.getBoundingClientRect();
      const [start, end] = getDomain();
      const next = centreDomain(+scale.invert(event.clientX - rect.left), end - start, bounds);
      onChange(next);
      onCommit(next);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const [start, end] = getDomain();
    const step = (end - start) * (event.shiftKey ? 1 : 0.1);
    const delta = event.key === 'ArrowRight' ? step : event.key === 'ArrowLeft' ? -step : 0;
    if (!delta) return;
    event.preventDefault();
    const next = panDomain(getDomain(), delta, bounds);
    onChange(next);
    onCommit(next);
  };

  return (
    <div
      ref={stripRef}
      className="overview"
      style={{ height: HEIGHT }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      <canvas ref={canvasRef} aria-hidden="true" style={{ width: '100%', height: HEIGHT }} />
      <div
        className="overview-brush"
        role="slider"
        tabIndex={0}
        aria-label={words.overview}
        aria-valuemin={bounds[0]}
        aria-valuemax={bounds[1]}
        aria-valuenow={domain[0]}
        aria-valuetext={formatWindow(domain, words.windowTo, words.language)}
        onKeyDown={onKeyDown}
        style={{ left: `${left}%`, width: `max(6px, ${right - left}%)` }}
      />
    </div>
  );
}
