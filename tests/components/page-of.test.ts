import { describe, expect, it } from 'vitest';
import { pageOf } from '@/app/_lib/page-of';

const items = Array.from({ length: 7 }, (_, index) => index);

describe('pageOf()', () => {
  it('gives the asked page and how many there are', () => {
    expect(pageOf(items, '2', 3)).toEqual({ items: [3, 4, 5], page: 2, pages: 3 });
    expect(pageOf(items, '3', 3)).toEqual({ items: [6], page: 3, pages: 3 });
  });

  it('falls back to the first page for junk and to the last past the end', () => {
    expect(pageOf(items, 'two', 3).page).toBe(1);
    expect(pageOf(items, ['2', '3'], 3).page).toBe(1);
    expect(pageOf(items, undefined, 3).page).toBe(1);
    expect(pageOf(items, '0', 3).page).toBe(1);
    expect(pageOf(items, '99', 3)).toEqual({ items: [6], page: 3, pages: 3 });
  });

  it('has one page for an empty list', () => {
    expect(pageOf([], '1', 3)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
