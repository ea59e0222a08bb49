'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

/** How a change of the search reaches the address bar. */
export interface UrlWrite {
  /** `push` adds a history entry (Back returns to the state before); `replace` rewrites this one. */
  history: 'push' | 'replace';
  /**
   * Write once the new state is painted, not with it: Next's router renders again for a new URL,
   * and that work then waits until what a person asked for is on screen.
   */
  afterPaint?: boolean;
}

/** The new search (no leading `?`) from the current params, whose other params it keeps. */
export type SearchUpdate = (params: URLSearchParams) => string;

/** Searches asked for that the router has not shown yet; the page shows the latest meanwhile. */
interface Ahead {
  /** The latest, as it is written to the address bar. */
  search: string;
  /** The router's search when the first of them was asked for. */
  from: string;
  /** Those already written to the address bar, oldest first, in the router's spelling. */
  written: string[];
}

/**
 * The page's state in its URL, the one place the view, the filters and the selection live: the
 * router's search params (so Back, Forward and a link to the page restore them), and a setter.
 * A change shows at once; the address bar follows now or, with `afterPaint`, once it is painted.
 * These are the only writes to the session history outside Next's router, which follows them.
 */
export function useUrlState(): [URLSearchParams, (update: SearchUpdate, write: UrlWrite) => void] {
  const fromRouter = useSearchParams().toString();
  const [ahead, setAhead] = useState<Ahead | null>(null);
  const caughtUp = ahead !== null && isCaughtUp(ahead, fromRouter);
  if (caughtUp) setAhead(null);
  const search = ahead && !caughtUp ? ahead.search : fromRouter;

  // Read by the setter, which may run twice before a render (closing the panel moves the view).
  const latest = useRef(search);
  const router = useRef(fromRouter);
  useLayoutEffect(() => {
    latest.current = search;
    router.current = fromRouter;
  }, [search, fromRouter]);

  const setSearch = useCallback(
    (update: SearchUpdate, { history, afterPaint }: UrlWrite) => {
      const next = update(new URLSearchParams(latest.current));
      const key = canonical(next);
      if (key === canonical(latest.current)) return;
      latest.current = next;
      setAhead((current) => ({
        search: next,
        from: current?.from ?? router.current,
        written: [...(current?.written ?? []), ...(afterPaint ? [] : [key])],
      }));
      if (!afterPaint) return writeSearch(next, history);
      // After the frame that paints the change: a timer set in an animation frame fires after it.
      // By then there may be a later change, written with it.
      requestAnimationFrame(() => setTimeout(() => writeSearch(latest.current, history)));
    },
    [setAhead],
  );

  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, setSearch];
}

/**
 * Whether the router has caught up with the searches asked for: it shows the latest, or it has
 * moved elsewhere (Back, Forward, a link), and its URL wins. One written before the latest is on
 * its way, not elsewhere.
 */
function isCaughtUp({ search, from, written }: Ahead, fromRouter: string): boolean {
  if (fromRouter === canonical(search)) return true;
  return fromRouter !== from && !written.includes(fromRouter);
}

/** A search as the router spells it (as `URLSearchParams` does: `a%2Cb` for `a,b`). */
function canonical(search: string): string {
  return new URLSearchParams(search).toString();
}

/** Puts a search in the address bar, unless it is there already (no entry that changes nothing). */
function writeSearch(search: string, history: UrlWrite['history']): void {
  if (canonical(search) === canonical(window.location.search)) return;
  const url = search ? `?${search}` : window.location.pathname;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
