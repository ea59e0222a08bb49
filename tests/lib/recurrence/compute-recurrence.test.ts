import { describe, expect, it } from 'vitest';
import {
  computeRecurrence,
  computeRecurrenceRows,
  createRecurrenceRow,
  recurrenceMarksOf,
  type Recurrence,
} from '@/lib/recurrence/compute-recurrence';
import { filterEvents } from '@/lib/filter/filter-events';
import { filterRecurrence } from '@/lib/recurrence/filter-recurrence';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { FIXTURE_CORPUS_DIR } from '../../helpers';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

/** A recurrence over events e0..e5 from statement counts per theme. */
function createRecurrence(counts: Record<string, number[]>): Recurrence {
  const events = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'];
  return {
    themes: Object.keys(counts),
    events,
    columns: events.map((id, index) => ({ id, title: id, date: `2022-01-0${index + 1}` })),
    cells: Object.entries(counts).flatMap(([theme, row]) =>
      row.flatMap((statements, index) =>
        statements ? [{ theme, event: events[index]!, statements }] : [],
      ),
    ),
  };
}

describe('computeRecurrenceRows()', () => {
  const [gappy, never, once, steady] = computeRecurrenceRows(
    createRecurrence({
      gappy: [0, 2, 1, 0, 0, 3],
      never: [0, 0, 0, 0, 0, 0],
      once: [0, 0, 0, 4, 0, 0],
      steady: [1, 1, 1, 1, 1, 1],
    }),
  );

  it('finds the first appearance, each return after an absence and the last appearance', () => {
    expect(gappy).toMatchObject({ first: 1, returns: [5], last: 5 });
    expect(steady).toMatchObject({ first: 0, returns: [], last: 5 });
  });

  it('counts statements and events per row', () => {
    expect(gappy).toMatchObject({ statements: 6, events: 3, counts: [0, 2, 1, 0, 0, 3] });
  });

  it('gives a theme that appears once the same first and last, and one never seen none', () => {
    expect(once).toMatchObject({ first: 3, last: 3, returns: [] });
    expect(never).toMatchObject({ first: null, last: null, returns: [], statements: 0 });
  });

  it('counts several returns', () => {
    expect(createRecurrenceRow('t', [1, 0, 1, 0, 2, 2, 0, 1]).returns).toEqual([2, 4, 7]);
  });
});

describe('recurrenceMarksOf()', () => {
  const row = createRecurrenceRow('t', [0, 2, 1, 0, 3, 0]);

  it('marks first, return and last, and nothing on empty or continuing cells', () => {
    expect([0, 1, 2, 3, 4, 5].map((index) => recurrenceMarksOf(row, index))).toEqual([
      [],
      ['first'],
      [],
      [],
      ['return', 'last'],
      [],
    ]);
  });

  it('marks a single appearance as both first and last', () => {
    expect(recurrenceMarksOf(createRecurrenceRow('t', [0, 5]), 1)).toEqual(['first', 'last']);
  });
});

describe('computeRecurrence()', () => {
  it('gives each column its event title, label and date, in date order', () => {
    const { events } = loadCorpus(FIXTURE_CORPUS_DIR);
    const recurrence = computeRecurrence(events, ['okinawa']);
    expect(recurrence.columns.map((column) => column.id)).toEqual(recurrence.events);
    expect(recurrence.columns[0]).toEqual({
      id: events[0]!.id,
      title: events[0]!.title,
      label: events[0]!.label,
      date: events[0]!.date,
    });
  });
});

describe('filterRecurrence()', () => {
  const corpus = loadCorpus(FIXTURE_CORPUS_DIR);
  const themeIds = themeIdsOf(corpus.themes);
  const full = computeRecurrence(corpus.events, themeIds);

  it.each([
    { themes: ['taiwan-strait'], match: 'any' as const },
    { themes: ['taiwan-strait', 'okinawa'], match: 'any' as const },
    { themes: ['taiwan-strait', 'okinawa'], match: 'all' as const },
    { themes: [], match: 'all' as const },
  ])('gives what the server computes for %j', (filter) => {
    const expected = computeRecurrence(
      filterEvents(corpus.events, { ...filter, kinds: [] }),
      filter.themes.length ? filter.themes : themeIds,
    );
    expect(filterRecurrence(full, filter)).toEqual(expected);
  });
});
