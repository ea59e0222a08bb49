import { compareKeys, createCursor, type CursorKey } from './page-cursor';
import type { PageQuery } from './parse-page-query';

/** One page of a list: its items, how many the whole list holds, and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** The page of `items` (sorted by `keyOf`, ascending) that a page query asks for. */
export function createPage<T>(
  items: readonly T[],
  query: PageQuery,
  keyOf: (item: T) => CursorKey,
): Page<T> {
  const start = query.after ? firstAfter(items, query.after, keyOf) : 0;
  const page = items.slice(start, start + query.limit);
  const hasMore = start + page.length < items.length;
  return {
    items: page,
    total: items.length,
    next: hasMore && page.length ? createCursor(keyOf(page.at(-1)!)) : null,
  };
}

function firstAfter<T>(
  items: readonly T[],
  after: CursorKey,
  keyOf: (item: T) => CursorKey,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKeys(keyOf(items[middle]!), after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
