// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  FIRST_STATEMENT,
  createRecurrence,
  eventCells,
  matrixGrid,
  renderMatrix,
  stubMatrixBrowser,
} from './render-matrix';

// Rows sort by first seen: Okinawa, then the Taiwan Strait, then Senkaku.
const RECURRENCE = createRecurrence({
  okinawa: [2, 0, 1, 0, 3],
  'taiwan-strait': [0, 1, 1, 0, 0],
  senkaku: [0, 0, 0, 0, 4],
});

function focusCell(cell: HTMLElement) {
  act(() => cell.focus());
}

describe('RecurrenceMatrix keyboard navigation', () => {
  stubMatrixBrowser({ width: 800, height: 400 });

  it('moves focus to the next and previous cell with ArrowRight and ArrowLeft', async () => {
    const { user } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Okinawa')[0]!);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(eventCells('Okinawa')[2]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(eventCells('Okinawa')[1]);
  });

  it('moves focus between rows with ArrowDown and ArrowUp, in the same column', async () => {
    const { user } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Okinawa')[1]!);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(eventCells('Senkaku')[1]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(eventCells('Taiwan Strait')[1]);
  });

  it('stops at the grid’s edges', async () => {
    const { user } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Okinawa')[0]!);
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(document.activeElement).toBe(eventCells('Okinawa')[0]);
  });

  it('moves focus to the row’s last and first cell with End and Home', async () => {
    const { user } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Taiwan Strait')[2]!);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(eventCells('Taiwan Strait').at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(eventCells('Taiwan Strait')[0]);
  });

  it('moves focus to the grid’s last and first cell with Ctrl+End and Ctrl+Home', async () => {
    const { user } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Taiwan Strait')[2]!);
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(eventCells('Senkaku').at(-1));
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toBe(eventCells('Okinawa')[0]);
  });

  it('keeps one cell in the tab order: the one focus last moved to', async () => {
    const { user } = renderMatrix(RECURRENCE);
    const tabStops = () =>
      within(matrixGrid())
        .getAllByRole('gridcell')
        .filter((cell) => cell.getAttribute('tabindex') === '0');
    expect(tabStops()).toEqual([eventCells('Okinawa')[0]]);
    focusCell(eventCells('Okinawa')[0]!);
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(tabStops()).toEqual([eventCells('Taiwan Strait')[1]]);
  });

  it('opens a cell with statements on Enter or Space, calling onOpenCell(eventId, themeId)', async () => {
    const { user, onOpenCell } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Taiwan Strait')[1]!);
    await user.keyboard('{Enter}');
    expect(onOpenCell).toHaveBeenCalledWith('e1', 'taiwan-strait');
    await user.keyboard('{ArrowRight} ');
    expect(onOpenCell).toHaveBeenLastCalledWith('e2', 'taiwan-strait');
    expect(onOpenCell).toHaveBeenCalledTimes(2);
  });

  it('opens nothing on Enter in an empty cell', async () => {
    const { user, onOpenCell } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Taiwan Strait')[0]!);
    await user.keyboard('{Enter}');
    expect(onOpenCell).not.toHaveBeenCalled();
  });

  it('opens a cell on a click', async () => {
    const { user, onOpenCell } = renderMatrix(RECURRENCE);
    await user.click(eventCells('Senkaku')[4]!);
    expect(onOpenCell).toHaveBeenCalledWith('e4', 'senkaku');
  });

  it('describes the focused cell in a tooltip with its count, marks and first statement', async () => {
    const { user } = renderMatrix(RECURRENCE);
    focusCell(eventCells('Okinawa')[0]!);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toContain('Okinawa in Meeting 2');
    expect(tip.textContent).toContain('1 statement (return after an absence)');
    expect(await within(tip).findByText(`First: “${FIRST_STATEMENT}”`)).toBeTruthy();
    expect(eventCells('Okinawa')[2]!.getAttribute('aria-describedby')).toBe(tip.id);
  });

  it('shows the tooltip of a pointed cell, and none once the pointer leaves the grid', async () => {
    const { user } = renderMatrix(RECURRENCE);
    await user.hover(eventCells('Taiwan Strait')[3]!);
    expect(screen.getByRole('tooltip').textContent).toContain('Not spoken of in this event');
    await user.unhover(matrixGrid().parentElement!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
