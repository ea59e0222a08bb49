'use client';

import { startTransition, useCallback, useEffect, useRef } from 'react';
import { clampDomain, type Domain } from '@/lib/timeline/domain';
import { isSameInUrl } from '@/lib/timeline/parse-timeline-view';

interface WindowOptions {
  /** The committed window (whole days, as the URL keeps it). */
  domain: Domain;
  bounds: Domain;
  /** The window on screen. */
  getDomain: () => Domain;
  /** Shows a window at the next animation frame. */
  drawAt: (domain: Domain) => void;
  /** Called with the window, in a transition, once it pauses moving. */
  onPause: (domain: Domain) => void;
  /** A window that has settled: `push` for a deliberate jump, `replace` after a gesture. */
  onCommit: (domain: Domain, history: 'push' | 'replace') => void;
}

/** How the timeline's window moves. */
export interface TimelineWindow {
  /** Shows a window (a frame of a gesture): drawn at the next frame, reported once it pauses. */
  moveTo: (domain: Domain) => void;
  /** Moves to a window (a preset, a jump to an event), kept inside the bounds, and commits it. */
  jumpTo: (domain: Domain) => void;
  /** Commits the window on screen once a gesture has settled. */
  settle: () => void;
}

/** How long the window holds still before it counts as paused, in milliseconds. */
const PAUSE_MS = 80;

/**
 * Moves the window on screen. The canvas draws every move; the focusable layer and the listeners
 * follow once the window pauses, the URL once it settles. A committed window that is not the one
 * on screen (Back, Forward) moves it.
 */
export function useTimelineWindow({
  domain,
  bounds,
  getDomain,
  drawAt,
  onPause,
  onCommit,
}: WindowOptions): TimelineWindow {
  const latest = useRef({ onPause, onCommit });
  useEffect(() => {
    latest.current = { onPause, onCommit };
  });
  const pauseTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const moveTo = useCallback(
    (next: Domain) => {
      drawAt(next);
      clearTimeout(pauseTimer.current);
      pauseTimer.current = setTimeout(
        () => startTransition(() => latest.current.onPause(getDomain())),
        PAUSE_MS,
      );
    },
    [drawAt, getDomain],
  );

  const jumpTo = useCallback(
    (wanted: Domain) => {
      const next = clampDomain(wanted, bounds);
      moveTo(next);
      latest.current.onCommit(next, 'push');
    },
    [moveTo, bounds],
  );

  const settle = useCallback(() => latest.current.onCommit(getDomain(), 'replace'), [getDomain]);

  // The URL keeps the committed window in whole days: the window on screen, so rounded, is the
  // committed one; any other replaces it.
  useEffect(() => {
    if (!isSameInUrl(domain, getDomain())) moveTo(domain);
  }, [domain, getDomain, moveTo]);

  return { moveTo, jumpTo, settle };
}
