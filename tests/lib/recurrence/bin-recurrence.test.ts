import { describe, expect, it } from 'vitest';
import { binRecurrence, isBinned } from '@/lib/recurrence/bin-recurrence';
import type { Recurrence } from '@/lib/recurrence/compute-recurrence';

function createRecurrence(dates: string[]): Recurrence {
  const columns = dates.map((date, index) => ({
    id: `${date}-e${index}`,
    title: `E${index}`,
    date,
  }));
  return {
    themes: ['a', 'b'],
    events: columns.map((column) => column.id),
    columns,
    cells: columns.flatMap((column, index) => [
      { theme: 'a', event: column.id, statements: 1 },
      ...(index % 2 ? [{ theme: 'b', event: column.id, statements: 2 }] : []),
    ]),
  };
}

describe('binRecurrence()', () => {
  it('leaves a recurrence that fits as it is', () => {
    const recurrence = createRecurrence(['2020-01-01', '2021-01-01']);
    expect(binRecurrence(recurrence, 2)).toBe(recurrence);
    expect(isBinned(recurrence)).toBe(false);
  });

  it('gathers the events of several years by year, summing each theme’s statements', () => {
    const binned = binRecurrence(
      createRecurrence(['2020-03-01', '2020-05-01', '2021-01-01', '2021-02-01']),
      3,
    );
    expect(isBinned(binned)).toBe(true);
    expect(binned.columns).toEqual([
      expect.objectContaining({
        id: '2020',
        label: '2020',
        title: '2 events in 2020',
        bin: { from: '2020-01-01', to: '2020-12-31', events: 2 },
      }),
      expect.objectContaining({
        id: '2021',
        bin: { from: '2021-01-01', to: '2021-12-31', events: 2 },
      }),
    ]);
    expect(binned.cells).toEqual([
      { theme: 'a', event: '2020', statements: 2 },
      { theme: 'b', event: '2020', statements: 2 },
      { theme: 'a', event: '2021', statements: 2 },
      { theme: 'b', event: '2021', statements: 2 },
    ]);
  });

  it('gathers the events of one year by month', () => {
    const binned = binRecurrence(createRecurrence(['2024-02-01', '2024-02-20', '2024-03-05']), 2);
    expect(binned.columns.map((column) => [column.id, column.label, column.bin])).toEqual([
      ['2024-02', 'Feb 2024', { from: '2024-02-01', to: '2024-02-29', events: 2 }],
      ['2024-03', 'Mar 2024', { from: '2024-03-01', to: '2024-03-31', events: 1 }],
    ]);
  });
});
