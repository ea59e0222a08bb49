import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, vi } from 'vitest';
import { RecurrenceMatrix } from '@/app/_components/recurrence-matrix';
import type { Recurrence } from '@/lib/recurrence/compute-recurrence';
import type { RowSort } from '@/lib/recurrence/sort-recurrence-rows';
import {
  createMatrixWords,
  type MatrixWords,
} from '@/app/_components/recurrence-matrix/matrix-words';
import en from '@/messages/en.json';
import { translatorOf } from '../i18n/translator-of';

/** The matrix's words in English, from the messages as a page gives them. */
export const ENGLISH_WORDS = createMatrixWords(translatorOf('en', en, 'recurrenceMatrix'));

/** Labels and colours of the themes the tests' recurrences use. */
export const THEMES = [
  { id: 'okinawa', label: 'Okinawa', color: '#336699' },
  { id: 'taiwan-strait', label: 'Taiwan Strait', color: '#993333' },
  { id: 'senkaku', label: 'Senkaku', color: '#339966' },
];

/** The first statement of every event on every theme, as /api/events/{id} answers in the tests. */
export const FIRST_STATEMENT = 'The ministers reaffirmed the alliance.';

/**
 * A recurrence of one row per theme (in the given order) over as many events as the longest row
 * has counts: event `e{n}`, titled `Meeting {n}`, dated `n` days after 2020-01-01.
 */
export function createRecurrence(counts: Record<string, number[]>): Recurrence {
  const themes = Object.keys(counts);
  const length = Math.max(...Object.values(counts).map((row) => row.length));
  const columns = Array.from({ length }, (_, index) => ({
    id: `e${index}`,
    title: `Meeting ${index}`,
    date: new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10),
  }));
  const cells = themes.flatMap((theme) =>
    counts[theme]!.flatMap((statements, index) =>
      statements ? [{ theme, event: `e${index}`, statements }] : [],
    ),
  );
  return { themes, events: columns.map((column) => column.id), columns, cells };
}

/** The scroller's size in px, which jsdom does not lay out. */
export interface MatrixLayout {
  width: number;
  height: number;
}

/**
 * Stands in for the browser where jsdom has nothing (ResizeObserver, layout) or runs late (animation
 * frames, run at once so that measures land inside the test's act()), and for the API.
 */
export function stubMatrixBrowser(layout: MatrixLayout) {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.stubGlobal('fetch', async (url: string) => {
      const id = decodeURIComponent(url.split('/').at(-1)!);
      const statements = THEMES.map(({ id: theme }) => ({
        text: FIRST_STATEMENT,
        themes: [theme],
      }));
      return Response.json({ event: { id, statements } });
    });
    const isScroller = (element: Element) => element.classList.contains('matrix-scroller');
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
      return isScroller(this) ? layout.width : 0;
    });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const [width, height] = isScroller(this) ? [layout.width, layout.height] : [0, 0];
      return {
        x: 0,
        y: 0,
        left: 0,
        top: 0,
        right: width,
        bottom: height,
        width,
        height,
      } as DOMRect;
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}

/** The matrix of `recurrence` in a fresh SWR cache, a user to drive it, and its onOpenCell spy. */
export function renderMatrix(
  recurrence: Recurrence,
  sort: RowSort = 'first-seen',
  words: MatrixWords = ENGLISH_WORDS,
) {
  const onOpenCell = vi.fn();
  const user = userEvent.setup();
  render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <RecurrenceMatrix
        recurrence={recurrence}
        themes={THEMES}
        sort={sort}
        onSortChange={() => {}}
        onOpenCell={onOpenCell}
        words={words}
      />
    </SWRConfig>,
  );
  return { user, onOpenCell };
}

/** The rendered matrix's grid, by its name. */
export function matrixGrid(): HTMLElement {
  return screen.getByRole('grid', { name: 'How each theme recurs' });
}

/** The rendered cells of a theme's row after its total: one per rendered event, in date order. */
export function eventCells(themeLabel: string): HTMLElement[] {
  const row = within(matrixGrid()).getByRole('row', { name: new RegExp(`^${themeLabel}`) });
  return within(row).getAllByRole('gridcell').slice(1);
}
