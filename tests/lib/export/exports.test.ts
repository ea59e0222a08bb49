import { describe, expect, it } from 'vitest';
import { computeRecurrence, computeRecurrenceRows } from '@/lib/recurrence/compute-recurrence';
import { createComparisonMarkdown } from '@/lib/export/create-comparison-markdown';
import { createEventsExport, createEventsExportText } from '@/lib/export/create-events-export';
import { eventsExportHeadingsOf } from '@/app/api/export/events/events-export-headings-of';
import { toEventSummary } from '@/lib/corpus/to-event-summary';
import {
  createDatedFileName,
  createExportFileName,
  formatExportDate,
} from '@/lib/export/create-export-file-name';
import { createMatrixCsv } from '@/lib/export/create-matrix-csv';
import { findEvent } from '@/lib/corpus/find-event';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { FIXTURE_CORPUS_DIR } from '../../helpers';
import en from '@/messages/en.json';

const corpus = loadCorpus(FIXTURE_CORPUS_DIR);
const TWO_PLUS_TWO = '2021-03-10-security-consultative-committee';
const MINISTERIAL = '2022-05-04-defense-ministerial';

describe('createMatrixCsv()', () => {
  it('writes one line per theme with totals, first and last seen, and a column per event', () => {
    const events = [TWO_PLUS_TWO, MINISTERIAL].map((id) => findEvent(corpus, id)!);
    const recurrence = computeRecurrence(events, ['senkaku', 'north-korea', 'okinawa']);
    const csv = createMatrixCsv(
      recurrence,
      computeRecurrenceRows(recurrence),
      (id) => (id === 'okinawa' ? 'Okinawa, “base burden”' : id),
      en.matrixCsv,
    );
    expect(csv.split('\r\n')).toEqual([
      `theme,label,statements,events,first_seen,last_seen,${TWO_PLUS_TWO},${MINISTERIAL}`,
      'senkaku,senkaku,2,2,2021-03-10,2022-05-04,1,1',
      'north-korea,north-korea,0,0,,,0,0',
      'okinawa,"Okinawa, “base burden”",2,2,2021-03-10,2022-05-04,1,1',
      '',
    ]);
  });
});

describe('createEventsExport()', () => {
  it('keeps every statement of the events and drops the sections', () => {
    const event = findEvent(corpus, MINISTERIAL)!;
    const filters = { themes: ['taiwan-strait'], match: 'any' as const };
    const body = createEventsExport([event], filters, '2026-11-26');
    expect(body).toMatchObject({ exported: '2026-11-26', filters });
    expect(body.events[0]!.statements).toEqual(event.statements);
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

describe('createDatedFileName()', () => {
  it('puts the export date between the name and the extension', () => {
    expect(createDatedFileName('alliance-timeline', '2026-11-26', 'png')).toBe(
      'alliance-timeline_2026-11-26.png',
    );
    expect(createDatedFileName('compare-okinawa', '2026-11-26', 'md', '-')).toBe(
      'compare-okinawa-2026-11-26.md',
    );
  });
});

describe('formatExportDate()', () => {
  it('gives the UTC calendar date', () => {
    expect(formatExportDate(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
    expect(formatExportDate(new Date('2026-11-27T00:00:00+09:00'))).toBe('2026-11-26');
  });
});

describe('createEventsExportText()', () => {
  it.each([0, 1, 3])(
    'writes the text of JSON.stringify(createEventsExport(), null, 2) for %i events',
    (count) => {
      const events = corpus.events.slice(0, count);
      const filters = { themes: ['okinawa'], match: 'any' as const, from: '1970-01-01' };
      expect([...createEventsExportText(events, filters, '2026-11-26')].join('')).toBe(
        JSON.stringify(createEventsExport(events, filters, '2026-11-26'), null, 2),
      );
    },
  );

  it('writes the same text as createEventsExport() where headings are asked for', () => {
    const events = corpus.events.slice(0, 2);
    const filters = { themes: [], match: 'any' as const };
    const worded = { language: 'ja', headings: eventsExportHeadingsOf('ja') };
    const text = [...createEventsExportText(events, filters, '2026-11-26', worded)].join('');
    expect(text).toBe(
      JSON.stringify(createEventsExport(events, filters, '2026-11-26', worded), null, 2),
    );
    expect(JSON.parse(text).headings.file.exported).toBe('書き出した日');
  });
});

describe('createComparisonMarkdown()', () => {
  const event = findEvent(corpus, MINISTERIAL)!;
  const theme = corpus.themes[0]!;
  const exportOf = (url: string) =>
    createComparisonMarkdown(
      {
        theme: theme.id,
        baseline: null,
        columns: [
          {
            event: { ...toEventSummary(event), sources: [{ ...event.sources[0]!, url }] },
            statements: [],
          },
        ],
        changes: [],
        phrases: [],
      },
      { theme, exportedOn: '2026-11-26', permalink: 'https://example.org/compare' },
    );

  it('angle-brackets a source link and percent-encodes what could end it', () => {
    expect(exportOf('https://example.org/a b>)<x\n')).toContain(
      '](<https://example.org/a%20b%3E%29%3Cx%0A>)',
    );
  });

  it('writes a source that is not a web address without a link', () => {
    const markdown = exportOf('javascript:alert(1)');
    expect(markdown).not.toContain('javascript:');
  });
});
