'use client';

import {
  startTransition,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { formatDate, formatUtc } from '@/lib/dates/format-date';
import { DEFAULT_DOMAIN } from '@/lib/timeline/parse-timeline-view';
import { centreDomain, clampDomain, DAY, zoomDomain, type Domain } from '@/lib/timeline/domain';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { FirstViewSize, StaticFrame } from '@/lib/timeline/create-first-view';
import { createTimelineFrame, type TimelineFrame } from '@/lib/timeline/create-timeline-frame';
import { createLaneGeometry, LANES, type Lane } from '@/lib/timeline/lanes';
import {
  createLaneIndex,
  getClusterWidth,
  layoutItems,
  type TimelineItem,
} from '@/lib/timeline/layout';
import { drawTimeline, GEOMETRY, readColors, type TimelineColors } from './draw-timeline';
import { Overview } from './overview';
import { useElementWidth } from './use-element-width';
import { TimelineFirstView } from './timeline-first-view';
import { useTimelineGestures } from './use-timeline-gestures';

export interface TimelineHandle {
  /** Focuses an event's mark, moving the window to it if it is out of view. */
  focusEvent: (id: string) => void;
}

export interface TimelineProps {
  /** Events in date order. */
  events: TimelineEvent[];
  /** The whole period; zoom stops there. */
  bounds: Domain;
  /** The window to show. A new value (a preset, the URL on back/forward) moves the view. */
  domain: Domain;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** What the dashboard may ask of the timeline. */
  handle?: Ref<TimelineHandle>;
  /** A change of window that has settled: `push` for a deliberate jump, `replace` after a gesture. */
  onDomainCommit: (domain: Domain, history: 'push' | 'replace') => void;
  /** Called with the window once it pauses moving, e.g. for a list of what is in view. */
  onDomainPreview?: (domain: Domain) => void;
  /** Which events match the theme filter; every event where not given. */
  include?: ((event: TimelineEvent) => boolean) | null;
  /** Show the events that do not match faintly instead of hiding them. */
  dimExcluded?: boolean;
  /** Start of the names of downloaded pictures, e.g. "alliance-timeline_2021-01-01_2023-12-31". */
  exportName: string;
  /** The server-rendered first view, shown until the canvas has drawn. */
  firstViews: Record<FirstViewSize, StaticFrame>;
  /** The lanes the first view was laid out in (those of the URL the page was served for). */
  firstViewLanes: readonly Lane[];
  /** The lanes, top to bottom: by kind (the default) or one per theme. */
  lanes?: readonly Lane[];
}

const ZOOM_STEP = 1.6;
/** Half the width of a mark's focusable button, in pixels. */
const MARK_HALF = 10;

/** The D3-scaled timeline: a canvas for the marks, a layer of focusable marks, and an overview. */
export function Timeline({
  exportName,
  include = null,
  dimExcluded = false,
  firstViews,
  firstViewLanes,
  lanes = LANES,
  events,
  bounds,
  domain,
  selectedId,
  onSelect,
  handle,
  onDomainCommit,
  onDomainPreview,
}: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const liveDomain = useRef<Domain>(domain);
  const [layerDomain, setLayerDomain] = useState<Domain>(domain);
  const hide = include && !dimExcluded ? include : undefined;
  const laneIndex = useMemo(() => createLaneIndex(events, hide, lanes), [events, hide, lanes]);
  const geometry = useMemo(() => createLaneGeometry(lanes.length), [lanes.length]);
  const height = geometry.height;
  /** The events arrow keys move through, in date order: those in some lane. */
  const order = useMemo(() => {
    const shown = new Uint8Array(events.length);
    for (const lane of laneIndex) for (const index of lane.indices) shown[index] = 1;
    const indices: number[] = [];
    for (let index = 0; index < events.length; index += 1) if (shown[index]) indices.push(index);
    return indices;
  }, [events, laneIndex]);
  const isDimmed = useMemo(
    () => (include && dimExcluded ? (index: number) => !include(events[index]!) : null),
    [include, dimExcluded, events],
  );
  const indexById = useMemo(
    () => new Map(events.map((event, index) => [event.id, index])),
    [events],
  );
  const selected = selectedId === null ? null : (indexById.get(selectedId) ?? null);
  const [focused, setFocused] = useState<number | null>(selected);
  const focusWanted = useRef(false);
  const frameRequest = useRef(0);
  const ready = useRef(false);
  const [drawn, setDrawn] = useState(false);
  const colors = useRef<TimelineColors | null>(null);
  const layerTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const measure = useMemo(() => createMeasure(), []);

  const computeFrame = useCallback(
    (current: Domain, frameWidth: number): TimelineFrame =>
      createTimelineFrame({
        events,
        lanes: laneIndex,
        domain: current,
        width: frameWidth,
        selected,
        focused,
        measure,
        indexById,
        laneSet: lanes,
      }),
    [laneIndex, measure, events, indexById, selected, focused, lanes],
  );

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
    drawTimeline(
      context,
      computeFrame(liveDomain.current, width),
      colors.current,
      { lanes, geometry },
      isDimmed,
    );
    if (!ready.current) {
      ready.current = true;
      // The server-rendered first view marks `timeline:ready` as it is parsed; a page rendered in
      // the browser (a client-side navigation) has none, so the first canvas frame marks it.
      if (!performance.getEntriesByName('timeline:ready').length)
        performance.mark('timeline:ready');
      performance.mark('timeline:interactive');
      setDrawn(true);
    }
  }, [computeFrame, width, isDimmed, height, lanes, geometry]);

  const scheduleDraw = useCallback(() => {
    if (!frameRequest.current) frameRequest.current = requestAnimationFrame(draw);
  }, [draw]);

  const onDomainPreviewRef = useRef(onDomainPreview);
  const onDomainCommitRef = useRef(onDomainCommit);
  useEffect(() => {
    onDomainPreviewRef.current = onDomainPreview;
    onDomainCommitRef.current = onDomainCommit;
  });

  const applyDomain = useCallback(
    (next: Domain) => {
      liveDomain.current = next;
      scheduleDraw();
      // The focusable layer and the listeners follow once the window pauses, not every frame.
      clearTimeout(layerTimer.current);
      layerTimer.current = setTimeout(() => {
        startTransition(() => setLayerDomain(liveDomain.current));
        onDomainPreviewRef.current?.(liveDomain.current);
      }, 80);
    },
    [scheduleDraw],
  );

  /** Moves to a window (a preset, a jump to an event), kept inside the whole period. */
  const jumpTo = useCallback(
    (wanted: Domain) => {
      const next = clampDomain(wanted, bounds);
      applyDomain(next);
      onDomainCommitRef.current(next, 'push');
    },
    [applyDomain, bounds],
  );

  // A window from outside (a preset, back/forward) replaces the one on screen.
  useEffect(() => {
    if (domain[0] !== liveDomain.current[0] || domain[1] !== liveDomain.current[1])
      applyDomain(domain);
  }, [domain, applyDomain]);

  // Draw synchronously once the width is known, so the first view is there before paint.
  useLayoutEffect(() => {
    if (width) draw();
  }, [draw, width]);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      colors.current = null;
      scheduleDraw();
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [scheduleDraw]);

  const gestures = useMemo(
    () => ({
      getDomain: () => liveDomain.current,
      setDomain: applyDomain,
      onSettle: () => onDomainCommitRef.current(liveDomain.current, 'replace'),
      bounds,
    }),
    [applyDomain, bounds],
  );
  useTimelineGestures(containerRef, gestures);

  // The focusable layer: the marks and clusters on screen, whole or cut by an edge; not those the
  // canvas lays out just beyond the edges.
  const items = useMemo(
    () =>
      width
        ? layoutItems(laneIndex, layerDomain, width, { keep: focused ?? selected }).filter(
            (item) => {
              const half =
                item.type === 'event' ? MARK_HALF : getClusterWidth(item.indices.length) / 2;
              return item.x + half >= 0 && item.x - half <= width;
            },
          )
        : [],
    [laneIndex, layerDomain, width, focused, selected],
  );
  const tabStop = useMemo(() => inferTabStop(items, focused, selected), [items, focused, selected]);
  /** An event may sit in several theme lanes: the first of its marks takes the tab stop. */
  const tabStopLane = items.find((item) => item.type === 'event' && item.index === tabStop)?.lane;

  useEffect(() => {
    if (!focusWanted.current || focused === null) return;
    // The mark may appear a render later, once the window has moved to it.
    const mark = containerRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(events[focused]!.id)}"]`,
    );
    if (!mark) return;
    focusWanted.current = false;
    // The container clips its marks: scrolling it to one at the edge would shift them all.
    mark.focus({ preventScroll: true });
  }, [focused, items, events]);

  /** Focuses an event's mark, moving the window to it first if it is out of view. */
  const focusEvent = useCallback(
    (index: number) => {
      const time = events[index]!.time;
      const [start, end] = liveDomain.current;
      if (time < start || time > end) jumpTo(centreDomain(time, end - start, bounds));
      focusWanted.current = true;
      setFocused(index);
    },
    [events, jumpTo, bounds],
  );

  // For the dashboard: the panel closing gives focus back to its event's mark.
  useImperativeHandle(
    handle,
    () => ({
      focusEvent: (id: string) => {
        const index = indexById.get(id);
        if (index !== undefined) focusEvent(index);
      },
    }),
    [indexById, focusEvent],
  );

  /** Moves focus to the event `step` places from the current one among those shown (or to an end). */
  const moveFocus = (target: 'first' | 'last' | number) => {
    if (!order.length) return;
    const current = focused ?? selected ?? firstInView(events, liveDomain.current);
    const position = current === null ? -1 : order.findIndex((index) => index >= current);
    const at = order[position] === current ? position : position - 0.5;
    const next =
      target === 'first' ? 0 : target === 'last' ? order.length - 1 : Math.round(at + target);
    focusEvent(order[Math.min(Math.max(next, 0), order.length - 1)]!);
  };

  const zoomBy = (factor: number) => {
    const [start, end] = liveDomain.current;
    const anchor = focused !== null ? events[focused]!.time : (start + end) / 2;
    jumpTo(zoomDomain(liveDomain.current, factor, anchor, bounds));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(1 / ZOOM_STEP),
      '=': () => zoomBy(1 / ZOOM_STEP),
      '-': () => zoomBy(ZOOM_STEP),
      _: () => zoomBy(ZOOM_STEP),
      ArrowRight: () => moveFocus(1),
      ArrowLeft: () => moveFocus(-1),
      Home: () => moveFocus('first'),
      End: () => moveFocus('last'),
      Escape: () => onSelect(null),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  const openCluster = (item: Extract<TimelineItem, { type: 'cluster' }>) => {
    const times = item.indices.map((index) => events[index]!.time);
    const first = Math.min(...times);
    const last = Math.max(...times);
    const pad = Math.max((last - first) * 0.25, 3 * DAY);
    jumpTo(zoomDomain([first - pad, last + pad], 1, (first + last) / 2, bounds));
  };

  const download = (blob: Blob, extension: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${exportName}_${new Date().toISOString().slice(0, 10)}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  const exportPng = () => canvasRef.current?.toBlob((blob) => blob && download(blob, 'png'));
  const exportSvg = async () => {
    const canvas = canvasRef.current;
    if (!canvas || !width) return;
    // The SVG writer loads when first asked for, not with the page.
    const { createTimelineSvg } = await import('@/lib/timeline/create-timeline-svg');
    const svg = createTimelineSvg(computeFrame(liveDomain.current, width), {
      lanes,
      geometry,
      colors: colors.current ?? readColors(canvas),
    });
    download(new Blob([svg], { type: 'image/svg+xml' }), 'svg');
  };

  return (
    <div className="timeline-block">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)}>
          Zoom out
        </button>
        <button type="button" onClick={() => jumpTo(DEFAULT_DOMAIN)}>
          Reset
        </button>
        <button type="button" onClick={() => jumpTo(bounds)}>
          All
        </button>
        <button type="button" onClick={() => jumpTo([Date.UTC(2021, 0, 1), Date.UTC(2025, 0, 1)])}>
          2021-2024
        </button>
        <button type="button" onClick={() => jumpTo([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)])}>
          2022
        </button>
        <button type="button" onClick={exportPng}>
          Download PNG
        </button>
        <button type="button" onClick={() => void exportSvg()}>
          Download SVG
        </button>
        <span className="timeline-range" aria-live="polite">
          {formatRange(layerDomain)}
        </span>
      </div>
      <div
        ref={containerRef}
        className="timeline"
        role="group"
        aria-label="Timeline of events. Arrow keys move between events, + and - zoom, Enter opens, Escape closes."
        aria-roledescription="timeline"
        onKeyDown={onKeyDown}
        // It clips its marks: a mark at the edge taking focus must not scroll them all aside.
        onScroll={(event) => event.currentTarget.scrollTo(0, 0)}
        style={{ height }}
      >
        <canvas
          ref={canvasRef}
          className="timeline-canvas"
          style={{ width: '100%', height }}
          aria-hidden="true"
        />
        {!drawn && <TimelineFirstView views={firstViews} lanes={firstViewLanes} />}
        {lanes.map((lane, laneNumber) => (
          <div key={lane.id} role="group" aria-label={lane.label} className="timeline-lane">
            {items
              .filter((item) => item.lane === laneNumber)
              .map((item) =>
                item.type === 'event' ? (
                  <button
                    key={events[item.index]!.id}
                    type="button"
                    className="timeline-mark"
                    data-event-id={events[item.index]!.id}
                    aria-label={`${formatDate(events[item.index]!.date)}: ${events[item.index]!.title}`}
                    aria-current={item.index === selected ? 'true' : undefined}
                    tabIndex={tabStop === item.index && item.lane === tabStopLane ? 0 : -1}
                    style={{ left: item.x - MARK_HALF, top: geometry.markY(item.lane) - 10 }}
                    onFocus={() => setFocused(item.index)}
                    onClick={() => onSelect(events[item.index]!.id)}
                  />
                ) : (
                  <button
                    key={`cluster-${events[item.indices[0]!]!.id}`}
                    type="button"
                    className="timeline-cluster"
                    aria-label={describeCluster(item, events)}
                    tabIndex={-1}
                    style={{
                      left: item.x - getClusterWidth(item.indices.length) / 2,
                      width: getClusterWidth(item.indices.length),
                      top: geometry.markY(item.lane) - 10,
                    }}
                    onClick={() => openCluster(item)}
                  />
                ),
              )}
          </div>
        ))}
      </div>
      <Overview
        events={events}
        bounds={bounds}
        domain={layerDomain}
        getDomain={() => liveDomain.current}
        onChange={applyDomain}
        onCommit={(next) => onDomainCommitRef.current(next, 'replace')}
      />
    </div>
  );
}

/** The one mark in the tab order: the focused event, else the selected one, else the first in view. */
function inferTabStop(
  items: TimelineItem[],
  focused: number | null,
  selected: number | null,
): number | null {
  const shown = new Set(items.filter((item) => item.type === 'event').map((item) => item.index));
  if (focused !== null && shown.has(focused)) return focused;
  if (selected !== null && shown.has(selected)) return selected;
  const first = items.filter((item) => item.type === 'event').sort((a, b) => a.x - b.x)[0];
  return first?.type === 'event' ? first.index : null;
}

function firstInView(events: TimelineEvent[], [start]: Domain): number | null {
  const index = events.findIndex((event) => event.time >= start);
  return index < 0 ? null : index;
}

function describeCluster(
  item: Extract<TimelineItem, { type: 'cluster' }>,
  events: TimelineEvent[],
): string {
  const dates = item.indices.map((index) => events[index]!.date).sort();
  return `${item.indices.length} events from ${formatDate(dates[0]!)} to ${formatDate(dates.at(-1)!)}; zoom in`;
}

function formatRange([start, end]: Domain): string {
  return `${formatUtc(start, 'd MMM yyyy')} – ${formatUtc(end - 1, 'd MMM yyyy')}`;
}

/** Text widths in the label font, measured once each on an offscreen canvas. */
function createMeasure(): (text: string) => number {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null = null;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      context ??=
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      if (context) context.font = GEOMETRY.font;
      width = context ? context.measureText(text).width : text.length * 6.5;
      cache.set(text, width);
    }
    return width;
  };
}
