/** Where a page ends: the sort key of its last item (a date, an id, a statement's number...). */
export type CursorKey = readonly (string | number)[];

/** The opaque cursor a client sends back for the next page. */
export function createCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key of a cursor made by createCursor(), or null for anything else. */
export function parseCursor(cursor: string): CursorKey | null {
  if (!/^[\w-]{1,1000}$/.test(cursor)) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) && key.length && key.every(isKeyPart) ? key : null;
  } catch {
    return null;
  }
}

function isKeyPart(part: unknown): part is string | number {
  return typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part));
}

/** Orders two keys part by part: strings as the corpus orders ids and dates, numbers by value. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let at = 0; at < Math.min(a.length, b.length); at++) {
    const order = compareParts(a[at]!, b[at]!);
    if (order) return order;
  }
  return a.length - b.length;
}

function compareParts(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
