import { describe, expect, it } from 'vitest';
import { createRecurrenceRow } from '@/lib/recurrence/compute-recurrence';
import { maxCountOf } from '@/lib/recurrence/max-count-of';

describe('maxCountOf()', () => {
  it('finds the largest count of any row', () => {
    const rows = [createRecurrenceRow('a', [0, 3, 1]), createRecurrenceRow('b', [7, 0, 2])];
    expect(maxCountOf(rows)).toBe(7);
  });

  it('is 1 for rows without statements, and for no rows', () => {
    expect(maxCountOf([createRecurrenceRow('a', [0, 0])])).toBe(1);
    expect(maxCountOf([])).toBe(1);
  });
});
