import { describe, expect, it } from 'vitest';
import { parseDateWindow } from '@/lib/filter/parse-date-window';

describe('parseDateWindow()', () => {
  it('reads from and to', () => {
    expect(parseDateWindow('from=2022-01-01&to=2022-12-31')).toEqual({
      from: '2022-01-01',
      to: '2022-12-31',
    });
    expect(parseDateWindow({ to: '2022-12-31' })).toEqual({ to: '2022-12-31' });
  });

  it.each(['from=yesterday', 'from=2022-02-30', 'from=2022-1-1', 'from=2023-01-01&to=2022-01-01'])(
    'drops junk in %j without throwing',
    (search) => {
      expect(parseDateWindow(search)).toEqual({});
    },
  );
});

describe('parseDateWindow(), repeated bounds', () => {
  it('leaves out a bound given twice, as the API refuses it', () => {
    expect(parseDateWindow('from=2001-01-01&from=2002-01-01&to=2010-12-31')).toEqual({
      to: '2010-12-31',
    });
  });
});
