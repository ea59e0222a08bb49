// @vitest-environment jsdom
import { act, fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createRecurrence,
  eventCells,
  matrixGrid,
  renderMatrix,
  stubMatrixBrowser,
} from './render-matrix';

const COLUMNS = 500;
// 400 px show 10 columns of 40 px (11 part-scrolled), and 3 more are rendered on each side.
const RECURRENCE = createRecurrence({
  okinawa: Array.from({ length: COLUMNS }, (_, index) => (index % 7 === 0 ? 2 : 0)),
  'taiwan-strait': Array.from({ length: COLUMNS }, (_, index) => (index % 5 === 0 ? 1 : 0)),
});

/** The header of event column `index`: its date, then its title for screen readers. */
function queryColumn(index: number) {
  return within(matrixGrid()).queryByRole('columnheader', {
    name: new RegExp(`Meeting ${index}$`),
  });
}

function scrollTo(left: number) {
  const scroller = matrixGrid().parentElement!;
  scroller.scrollLeft = left;
  fireEvent.scroll(scroller);
}

describe('RecurrenceMatrix column windowing', () => {
  stubMatrixBrowser({ width: 400, height: 300 });

  it('renders only the columns in view and a margin, and gives the full count in aria-colcount', () => {
    renderMatrix(RECURRENCE);
    // Theme and Total, then 11 columns in view and the 6 of the margins after them.
    expect(within(matrixGrid()).getAllByRole('columnheader')).toHaveLength(2 + 17);
    expect(queryColumn(0)).not.toBeNull();
    expect(queryColumn(16)).not.toBeNull();
    expect(queryColumn(17)).toBeNull();
    expect(eventCells('Okinawa')).toHaveLength(17);
    expect(matrixGrid().getAttribute('aria-colcount')).toBe(String(COLUMNS + 2));
  });

  it('brings columns in as the grid scrolls, and takes those left behind out', () => {
    renderMatrix(RECURRENCE);
    act(() => scrollTo(250 * 40));
    expect(queryColumn(0)).toBeNull();
    expect(queryColumn(246)).toBeNull();
    for (const index of [247, 250, 263]) expect(queryColumn(index)).not.toBeNull();
    expect(queryColumn(264)).toBeNull();
    const cells = eventCells('Okinawa');
    expect(cells).toHaveLength(17);
    expect(cells[0]!.getAttribute('aria-colindex')).toBe(String(247 + 3));
  });

  it('keeps one cell of the rendered ones in the tab order after a scroll', () => {
    renderMatrix(RECURRENCE);
    act(() => scrollTo(250 * 40));
    const tabStops = within(matrixGrid())
      .getAllByRole('gridcell')
      .filter((cell) => cell.getAttribute('tabindex') === '0');
    expect(tabStops).toEqual([eventCells('Okinawa')[0]]);
  });

  it('scrolls the last column in on End and focuses it', async () => {
    const { user } = renderMatrix(RECURRENCE);
    act(() => eventCells('Taiwan Strait')[0]!.focus());
    await user.keyboard('{End}');
    expect(queryColumn(COLUMNS - 1)).not.toBeNull();
    expect(queryColumn(0)).toBeNull();
    expect(document.activeElement).toBe(eventCells('Taiwan Strait').at(-1));
    expect(document.activeElement!.getAttribute('aria-colindex')).toBe(String(COLUMNS + 2));
  });

  it('moves a screenful less one column on Page Down, scrolling it in', async () => {
    const { user } = renderMatrix(RECURRENCE);
    act(() => eventCells('Okinawa')[0]!.focus());
    await user.keyboard('{PageDown}{PageDown}');
    expect(document.activeElement!.getAttribute('aria-colindex')).toBe(String(18 + 3));
    await user.keyboard('{PageUp}');
    expect(document.activeElement!.getAttribute('aria-colindex')).toBe(String(9 + 3));
  });
});

describe('RecurrenceMatrix row windowing', () => {
  // 300 px show 10 rows of 33 px (the height until one is measured), and 2 more are rendered.
  stubMatrixBrowser({ width: 400, height: 300 });
  const themes = Array.from({ length: 40 }, (_, index) => `theme-${index}`);
  const recurrence = createRecurrence(Object.fromEntries(themes.map((theme) => [theme, [1, 0]])));

  it('renders only the rows on screen and a margin, and gives the full count in aria-rowcount', () => {
    renderMatrix(recurrence, 'name');
    const rows = within(matrixGrid()).getAllByRole('rowheader');
    expect(rows.length).toBeLessThan(themes.length);
    expect(rows[0]!.textContent).toBe('theme-0');
    expect(matrixGrid().getAttribute('aria-rowcount')).toBe(String(themes.length + 1));
  });

  it('reaches the last row with Ctrl+End, rendering it', async () => {
    const { user } = renderMatrix(recurrence);
    act(() => within(matrixGrid()).getAllByRole('gridcell')[1]!.focus());
    await user.keyboard('{Control>}{End}{/Control}');
    const row = document.activeElement!.closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe(String(themes.length + 1));
    expect(within(row).getByRole('rowheader').textContent).toBe('theme-39');
  });
});
