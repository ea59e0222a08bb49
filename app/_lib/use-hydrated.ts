import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/** False while the server renders (and the page hydrates), true once the page's script runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
