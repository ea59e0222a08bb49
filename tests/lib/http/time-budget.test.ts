import { describe, expect, it } from 'vitest';
import { computeWithinBudget } from '@/lib/http/time-budget';

describe('computeWithinBudget()', () => {
  it('answers what the work computed while the budget lasts', () => {
    expect(computeWithinBudget((check) => (check(), 42), 60_000)).toEqual({ ok: true, value: 42 });
  });

  it('stops the work at its next check once the budget is spent, as a 503 error', () => {
    let units = 0;
    const result = computeWithinBudget((check) => {
      for (; units < 10; units += 1) check();
      return units;
    }, -1);
    expect(units).toBe(0);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unavailable', param: null }),
    });
  });

  it('lets any other error through', () => {
    expect(() =>
      computeWithinBudget(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
