/** One page of a long list: its items and where it stands among the pages. */
export interface ListPage<T> {
  items: T[];
  /** 1-based, within 1..pages. */
  page: number;
  /** At least 1, also for an empty list. */
  pages: number;
}

/**
 * The `page`-th page (1-based, read from a search param) of `size` items. A page that is no whole
 * number falls back to the first, one past the end to the last.
 */
export function pageOf<T>(
  items: readonly T[],
  page: string | string[] | undefined,
  size: number,
): ListPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const asked = typeof page === 'string' && /^\d+$/.test(page) ? Number(page) : 1;
  const shown = Math.min(Math.max(asked, 1), pages);
  return { items: items.slice((shown - 1) * size, shown * size), page: shown, pages };
}
