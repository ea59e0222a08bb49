import { describe, expect, it } from 'vitest';
import { computeRecurrence, computeRecurrenceRows } from '@/lib/recurrence/compute-recurrence';
import { createEventsExport } from '@/lib/export/create-events-export';
import { createExportFileName, formatExportDate } from '@/lib/export/create-export-file-name';
import { createMatrixCsv, formatCsvField } from '@/lib/export/create-matrix-csv';
import { filterEvents } from '@/lib/filter/filter-events';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { DATA_DIR } from '../../helpers';

const corpus = loadCorpus(DATA_DIR);
const SEED = '2022-05-04-defense-ministerial';

describe('createMatrixCsv()', () => {
  it('writes one line per theme with totals, first and last seen, and a column per event', () => {
    const events = filterEvents(corpus.events, {
      themes: ['senkaku'],
      match: 'any',
      from: '2022-01-01',
      to: '2022-12-31',
      kinds: [],
    });
    const recurrence = computeRecurrence(events, ['senkaku', 'okinawa']);
    const csv = createMatrixCsv(recurrence, computeRecurrenceRows(recurrence), (id) =>
      id === 'senkaku' ? 'Senkaku Islands' : 'Okinawa, “base burden”',
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      [
        'theme',
        'label',
        'statements',
        'events',
        'first_seen',
        'last_seen',
        ...recurrence.events,
      ].join(','),
    );
    const senkaku = lines[1]!.split(',');
    expect(senkaku.slice(0, 2)).toEqual(['senkaku', 'Senkaku Islands']);
    expect(senkaku[6 + recurrence.events.indexOf(SEED)]).toBe('2');
    expect(Number(senkaku[2])).toBe(senkaku.slice(6).reduce((sum, n) => sum + Number(n), 0));
    expect(senkaku[4]).toBe(recurrence.columns[0]!.date);
    expect(lines[2]).toMatch(/^okinawa,"Okinawa, “base burden”",/);
  });
});

describe('formatCsvField()', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "no"')).toBe('"say ""no"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField(3)).toBe('3');
  });
});

describe('createEventsExport()', () => {
  it('keeps every statement of the events and drops the sections', () => {
    const seed = corpus.events.find((event) => event.id === SEED)!;
    const filters = { themes: ['taiwan-strait'], match: 'any' as const };
    const body = createEventsExport([seed], filters, '2026-11-26');
    expect(body).toMatchObject({ exported: '2026-11-26', filters });
    expect(body.events[0]!.statements).toEqual(seed.statements);
    expect(body.events[0]).not.toHaveProperty('sections');
  });
});

describe('createExportFileName()', () => {
  it.each([
    [
      { themes: ['taiwan-strait'], match: 'any' as const },
      'alliance-timeline-matrix_themes-taiwan-strait_2026-11-26.csv',
    ],
    [{ themes: [], match: 'all' as const }, 'alliance-timeline-matrix_all-themes_2026-11-26.csv'],
    [
      {
        themes: ['senkaku', 'okinawa'],
        match: 'all' as const,
        from: '2022-01-01',
        to: '2022-12-31',
      },
      'alliance-timeline-matrix_themes-senkaku+okinawa_match-all_from-2022-01-01_to-2022-12-31_2026-11-26.csv',
    ],
  ])('names %j', (filters, name) => {
    expect(createExportFileName('matrix', filters, '2026-11-26', 'csv')).toBe(name);
  });

  it('names the events export', () => {
    expect(
      createExportFileName('events', { themes: ['okinawa'], match: 'any' }, '2026-11-26', 'json'),
    ).toBe('alliance-timeline-events_themes-okinawa_2026-11-26.json');
  });
});

describe('formatExportDate()', () => {
  it('gives the UTC calendar date', () => {
    expect(formatExportDate(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
  });
});
