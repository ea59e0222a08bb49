import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useOptimistic, useTransition } from 'react';

/**
 * The page's search params, and a setter that replaces them without a server round trip (Next's
 * router follows `history.replaceState`). The new params show at once, optimistically, so a
 * controlled checkbox or date input never flicks back while the router catches up.
 */
export function useUrlSearch(): [URLSearchParams, (search: string) => void] {
  const pathname = usePathname();
  const fromUrl = useSearchParams().toString();
  const [search, setSearch] = useOptimistic(fromUrl);
  const [, startTransition] = useTransition();
  const replaceSearch = useCallback(
    (next: string) =>
      startTransition(() => {
        setSearch(next);
        window.history.replaceState(null, '', next ? `${pathname}?${next}` : pathname);
      }),
    [pathname, setSearch],
  );
  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, replaceSearch];
}
