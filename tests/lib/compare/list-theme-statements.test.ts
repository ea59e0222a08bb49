import { describe, expect, it } from 'vitest';
import { listThemeStatements } from '@/lib/compare/list-theme-statements';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { DATA_DIR } from '../../helpers';

describe('listThemeStatements()', () => {
  it('lists every statement on the theme, grouped by event in date order', () => {
    const { events } = loadCorpus(DATA_DIR);
    const readings = listThemeStatements(events, 'taiwan-strait');
    const dates = readings.map((reading) => reading.event.date);
    expect(dates).toEqual([...dates].sort());
    const statements = readings.flatMap((reading) => reading.statements);
    expect(statements.every((statement) => statement.themes.includes('taiwan-strait'))).toBe(true);
    expect(statements.length).toBe(
      events.flatMap((e) => e.statements).filter((s) => s.themes.includes('taiwan-strait')).length,
    );
    expect(readings.every((reading) => reading.statements.length > 0)).toBe(true);
  });
});
