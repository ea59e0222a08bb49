import { describe, expect, it } from 'vitest';
import { listThemeStatements } from '@/lib/compare/list-theme-statements';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { FIXTURE_CORPUS_DIR } from '../../helpers';

describe('listThemeStatements()', () => {
  const { events } = loadCorpus(FIXTURE_CORPUS_DIR);
  const listed = (themeId: string) =>
    listThemeStatements(events, themeId).map(({ event, statements }) => [
      event.id,
      statements.map((statement) => statement.id),
    ]);

  it('lists every statement on the theme, grouped by event in date order', () => {
    expect(listed('okinawa')).toEqual([
      ['1972-05-15-okinawa-reversion', ['1972-05-15-okinawa-reversion-s1']],
      [
        '2021-03-10-security-consultative-committee',
        ['2021-03-10-security-consultative-committee-s3'],
      ],
      ['2022-05-04-defense-ministerial', ['2022-05-04-defense-ministerial-s4']],
    ]);
  });

  it('leaves out the events with no statement on the theme', () => {
    expect(listed('north-korea').map(([id]) => id)).toEqual([
      '2021-09-20-telecon',
      '2023-01-12-leaders-summit',
    ]);
    expect(listThemeStatements([], 'okinawa')).toEqual([]);
  });
});
