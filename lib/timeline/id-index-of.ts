/** Each event's position by its id, as a Map gives it. */
export interface IdIndex {
  get: (id: string) => number | undefined;
  has: (id: string) => boolean;
}

/** One index per list of events: the dashboard and its timeline look up in the same one. */
const INDEXES = new WeakMap<readonly { id: string }[], IdIndex>();

/**
 * Each event's position in `events` by its id, the map built the first time it is asked: a page
 * that opens on no event never pays for it (at 10,000 events, hashing every id costs about 10 ms).
 * The same list gives the same index.
 */
export function idIndexOf(events: readonly { id: string }[]): IdIndex {
  let index = INDEXES.get(events);
  if (!index) {
    index = createIdIndex(events);
    INDEXES.set(events, index);
  }
  return index;
}

function createIdIndex(events: readonly { id: string }[]): IdIndex {
  let positions: Map<string, number> | undefined;
  const get = (id: string) => {
    positions ??= new Map(events.map((event, index) => [event.id, index]));
    return positions.get(id);
  };
  return { get, has: (id) => get(id) !== undefined };
}
