'use client';

import {
  useDeferredValue,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { createEventCard } from '@/lib/timeline/create-event-card';
import { formatWindow } from '@/lib/timeline/describe-window';
import { domainAround, zoomDomain, type Domain } from '@/lib/timeline/domain';
import { keyAction } from '@/lib/timeline/key-actions';
import { LANES, type Lane } from '@/lib/timeline/lanes';
import { nameLangOf } from '@/lib/timeline/localize-timeline';
import { createPresets } from '@/lib/timeline/presets';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import type { TimelineWords } from '@/lib/timeline/timeline-words';
import type { ThemeLabel } from '@/lib/types';
import { readColors } from './draw-timeline';
import { Overview } from './overview';
import { TimelineCard } from './timeline-card';
import { TimelineMarks } from './timeline-marks';
import { TimelineToolbar } from './timeline-toolbar';
import { useElementWidth } from './use-element-width';
import { useMarkCard } from './use-mark-card';
import { useTimelineCanvas } from './use-timeline-canvas';
import { useTimelineFocus } from './use-timeline-focus';
import { useTimelineFrame } from './use-timeline-frame';
import { useTimelineGestures } from './use-timeline-gestures';
import { useTimelineLayout } from './use-timeline-layout';
import { useTimelineWindow } from './use-timeline-window';

export interface TimelineHandle {
  /** Focuses an event's mark, moving the window to it if it is out of view. */
  focusEvent: (id: string) => void;
}

export interface TimelineProps {
  /** Events in date order. */
  events: TimelineEvent[];
  /** The whole period; zoom stops there. */
  bounds: Domain;
  /**
   * The committed window, as the URL keeps it (whole days). A new one that is not the window on
   * screen, so rounded (Back or Forward), moves the view.
   */
  domain: Domain;
  /** The window as of the view's last pause (see `onPause`): the marks, range and overview show it. */
  shown: Domain;
  /** Called with the window, in a transition, once it pauses moving; the owner keeps it as `shown`. */
  onPause: (domain: Domain) => void;
  /** A change of window that has settled: `push` for a deliberate jump, `replace` after a gesture. */
  onDomainCommit: (domain: Domain, history: 'push' | 'replace') => void;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** What the dashboard may ask of the timeline. */
  handle?: Ref<TimelineHandle>;
  /** Which events match the theme filter; every event where not given. */
  include?: ((event: TimelineEvent) => boolean) | null;
  /** Show the events that do not match faintly instead of hiding them. */
  dimExcluded?: boolean;
  /** The theme filter's themes: downloaded pictures are named after them and the window. */
  filterThemes: readonly string[];
  /** The server-rendered first view (TimelineFirstView), shown until the canvas has drawn. */
  firstView: ReactNode;
  /** The lanes, top to bottom: by kind (the default) or one per theme. */
  lanes?: readonly Lane[];
  /** Every theme, in the filter's order: a mark's card names its event's themes. */
  themes?: readonly ThemeLabel[];
  /** The timeline's words in the page's language (events and themes come named in it). */
  words: TimelineWords;
}

/** The D3-scaled timeline: a canvas for the marks, a layer of focusable marks, and an overview. */
export function Timeline({
  filterThemes,
  include = null,
  dimExcluded = false,
  firstView,
  lanes = LANES,
  themes = [],
  events,
  bounds,
  domain,
  shown,
  onPause,
  onDomainCommit,
  selectedId,
  onSelect,
  handle,
  words,
}: TimelineProps) {
  const blockRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // A server-rendered first view stays on screen until the canvas draws, which can wait a frame.
  const width = useElementWidth(containerRef, Boolean(firstView));
  const layout = useTimelineLayout(events, lanes, include, dimExcluded);
  const { geometry, order, indexById } = layout;
  const selected = selectedId === null ? null : (indexById.get(selectedId) ?? null);
  const [focused, setFocused] = useState<number | null>(selected);
  const markCard = useMarkCard(blockRef);
  const cardId = useId();
  const frames = { events, lanes, layout, selected, focused, words, shown, width };
  const { computeFrame, shownFrame, paint } = useTimelineFrame(frames);
  const canvas = useTimelineCanvas(canvasRef, {
    width,
    height: geometry.height,
    initial: domain,
    paint,
  });
  const { getDomain, drawAt } = canvas;

  const { moveTo, jumpTo, settle } = useTimelineWindow({
    domain,
    bounds,
    getDomain,
    drawAt,
    onPause,
    onCommit: onDomainCommit,
  });

  const gestures = useMemo(
    () => ({ getDomain, setDomain: moveTo, onSettle: settle, bounds }),
    [getDomain, moveTo, settle, bounds],
  );
  useTimelineGestures(containerRef, gestures);

  const { focusEvent, moveFocus } = useTimelineFocus(containerRef, {
    events,
    order,
    focused,
    setFocused,
    selected,
    bounds,
    getDomain,
    jumpTo,
  });

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

  const zoomBy = (factor: number) => {
    const [start, end] = getDomain();
    const anchor = focused !== null ? events[focused]!.time : (start + end) / 2;
    jumpTo(zoomDomain([start, end], factor, anchor, bounds));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(event.key);
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (action.type === 'zoom') zoomBy(action.factor);
    else if (action.type === 'focus') moveFocus(action.target);
    else onSelect(null);
  };

  const download = async (format: 'png' | 'svg') => {
    const element = canvasRef.current;
    if (!element) return;
    // The download code, with the SVG writer, loads when first asked for, not with the page.
    const { downloadTimelinePng, downloadTimelineSvg } = await import('./download-timeline');
    const naming = { domain, themes: filterThemes };
    if (format === 'png') return downloadTimelinePng(element, naming);
    if (!width) return;
    const colors = canvas.colors() ?? readColors(element);
    downloadTimelineSvg(computeFrame(getDomain(), width), { lanes, geometry, colors }, naming);
  };

  const openCluster = (cluster: { indices: number[] }) =>
    jumpTo(
      domainAround(
        cluster.indices.map((index) => events[index]!.time),
        bounds,
      ),
    );

  const presets = useMemo(() => createPresets(bounds, words), [bounds, words]);
  // The canvas answers gestures from its first frame; the focusable marks follow in a render of
  // their own, so the first frame does not wait for them.
  const layersReady = useDeferredValue(true, false);
  const firstViewKept = !useDeferredValue(canvas.drawn);

  return (
    <div ref={blockRef} className="timeline-block">
      <TimelineToolbar
        presets={presets}
        range={formatWindow(shown, ' – ', words.language)}
        words={words}
        onZoom={zoomBy}
        onJump={jumpTo}
        onDownload={(format) => void download(format)}
      />
      <div
        ref={containerRef}
        className="timeline"
        role="group"
        aria-label={words.help}
        aria-roledescription={words.roleDescription}
        onKeyDown={onKeyDown}
        // It clips its marks: a mark at the edge taking focus must not scroll them all aside.
        onScroll={(event) => event.currentTarget.scrollTo(0, 0)}
        // A drag or a wheel moves the marks from under their card.
        onPointerDown={markCard.hide}
        onWheel={markCard.hide}
        style={{ height: geometry.height }}
      >
        <canvas
          ref={canvasRef}
          className="timeline-canvas"
          style={{ width: '100%', height: geometry.height }}
          aria-hidden="true"
        />
        {firstViewKept && firstView && (
          // Hidden as soon as the canvas has drawn, taken out in a later render: a hidden picture
          // leaves the page's layout at once and costs nothing to remove.
          <div className="timeline-first-view" hidden={canvas.drawn}>
            {firstView}
          </div>
        )}
        {layersReady && (
          <TimelineMarks
            lanes={lanes}
            events={events}
            frame={shownFrame}
            geometry={geometry}
            onFocusMark={setFocused}
            onSelect={onSelect}
            onOpenCluster={openCluster}
            cardId={cardId}
            cardFor={markCard.card?.index ?? null}
            onShowCard={markCard.show}
            onHideCard={markCard.hideSoon}
            onCloseCard={markCard.hide}
            words={words}
          />
        )}
      </div>
      {markCard.card && (
        <TimelineCard
          id={cardId}
          card={createEventCard(events[markCard.card.index]!, themes, words)}
          words={words}
          titleLang={nameLangOf(events[markCard.card.index]!.id, words)}
          left={markCard.card.left}
          top={markCard.card.top}
          onPointerEnter={markCard.keep}
          onPointerLeave={markCard.hideSoon}
        />
      )}
      <Overview
        events={events}
        bounds={bounds}
        domain={shown}
        getDomain={getDomain}
        onChange={moveTo}
        onCommit={settle}
        words={words}
      />
    </div>
  );
}
