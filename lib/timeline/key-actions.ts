/** How far one press of Zoom in or Zoom out (or of + and -) zooms. */
export const ZOOM_STEP = 1.6;

/** What a key pressed on the timeline does: zoom by a factor, move focus, or close the event. */
export type KeyAction =
  | { type: 'zoom'; factor: number }
  | { type: 'focus'; target: 'first' | 'last' | number }
  | { type: 'close' };

const ACTIONS: Record<string, KeyAction> = {
  '+': { type: 'zoom', factor: 1 / ZOOM_STEP },
  '=': { type: 'zoom', factor: 1 / ZOOM_STEP },
  '-': { type: 'zoom', factor: ZOOM_STEP },
  _: { type: 'zoom', factor: ZOOM_STEP },
  ArrowRight: { type: 'focus', target: 1 },
  ArrowLeft: { type: 'focus', target: -1 },
  Home: { type: 'focus', target: 'first' },
  End: { type: 'focus', target: 'last' },
  Escape: { type: 'close' },
};

/** The action of a key (a KeyboardEvent's `key`) on the timeline; null for the keys it leaves be. */
export function keyAction(key: string): KeyAction | null {
  return Object.hasOwn(ACTIONS, key) ? ACTIONS[key]! : null;
}
