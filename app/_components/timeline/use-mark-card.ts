'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** The event whose card is open, and where the card goes in the timeline's block, in pixels. */
export interface MarkCardState {
  index: number;
  left: number;
  top: number;
}

/** The card of the mark hovered or focused: open it, close it, keep it while the pointer is on it. */
export interface MarkCard {
  card: MarkCardState | null;
  /** Opens the card of the event whose mark is `element`. */
  show: (index: number, element: HTMLElement) => void;
  /** Closes it a moment later, so the pointer can move onto it; `keep` cancels. */
  hideSoon: () => void;
  keep: () => void;
  hide: () => void;
}

/** How wide the card may be, in pixels (the CSS gives it this at most). */
const CARD_WIDTH = 280;
/** How long a card stays after the pointer leaves its mark: time to move onto the card. */
const LINGER_MS = 200;

/**
 * The hover and focus card of the timeline's marks, placed under the mark inside `block` (the
 * element it is positioned in). Escape closes it wherever focus is, before anything else hears it.
 */
export function useMarkCard(block: RefObject<HTMLElement | null>): MarkCard {
  const [card, setCard] = useState<MarkCardState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const keep = useCallback(() => window.clearTimeout(timer.current), []);
  const hide = useCallback(() => {
    keep();
    setCard(null);
  }, [keep]);
  const hideSoon = useCallback(() => {
    keep();
    timer.current = window.setTimeout(() => setCard(null), LINGER_MS);
  }, [keep]);
  const show = useCallback(
    (index: number, element: HTMLElement) => {
      const container = block.current;
      if (!container) return;
      keep();
      const outer = container.getBoundingClientRect();
      const mark = element.getBoundingClientRect();
      const centre = mark.left + mark.width / 2 - outer.left;
      setCard({
        index,
        left: Math.max(0, Math.min(centre - 24, outer.width - CARD_WIDTH)),
        top: mark.bottom - outer.top + 4,
      });
    },
    [block, keep],
  );

  useEffect(() => {
    if (!card) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Escape closes the card only: the event panel stays open for the next press.
      event.stopPropagation();
      event.preventDefault();
      hide();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [card, hide]);
  useEffect(() => keep, [keep]);

  return { card, show, hideSoon, keep, hide };
}
