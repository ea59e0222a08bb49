/** Width of one event column of the recurrence matrix in px; the CSS (`.matrix-cell`) uses the same. */
export const COLUMN_WIDTH = 40;

/** A body row's height in px until one is measured. */
export const ROW_HEIGHT = 33;

/** What of the grid is on screen, in px: its event columns across, its body rows down. */
export interface GridView {
  /** Horizontal scroll of the event columns. */
  left: number;
  /** Width the event columns have, beside the sticky theme and total columns. */
  width: number;
  /** The part of the body (below the header row) on screen, from the body's top; may be Infinity. */
  top: number;
  bottom: number;
  /** Height of a body row. */
  rowHeight: number;
}

/** Before the first measure (and on the server): a desktop-wide window from the left, all rows. */
export const INITIAL_GRID_VIEW: GridView = {
  left: 0,
  width: 1280,
  top: 0,
  bottom: Infinity,
  rowHeight: ROW_HEIGHT,
};
