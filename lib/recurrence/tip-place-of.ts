/** A box in px, as `getBoundingClientRect()` gives it. */
export interface Box {
  left: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** Space between a cell and its tooltip, in px. */
const GAP = 4;

/**
 * Where a tooltip `tip` (width and height) goes for a `cell`, in px from the `frame`'s top left:
 * below the cell, or above it when it would overflow the frame's bottom and fits above; its left
 * edge at the cell's, moved left as far as needed to stay inside the frame (never past its left).
 */
export function tipPlaceOf(
  cell: Box,
  frame: Box,
  tip: { width: number; height: number },
): { left: number; top: number } {
  const left = Math.min(Math.max(cell.left - frame.left, 0), Math.max(0, frame.width - tip.width));
  const below = cell.bottom - frame.top + GAP;
  const roomAbove = cell.top - frame.top;
  const fitsBelow = below + tip.height <= frame.height;
  const top = !fitsBelow && roomAbove > tip.height ? roomAbove - tip.height - GAP : below;
  return { left, top };
}
