import { invalidParameter, type Parsed } from './api-error';
import { parseCursor, type CursorKey } from './page-cursor';
import { parseSingleParam, quoteInput } from './parse-param';

/** Items per page when `limit` is left out. */
export const DEFAULT_LIMIT = 100;
/** The most items a page holds. */
export const MAX_LIMIT = 1000;

/** Which page of a list a request asks for. */
export interface PageQuery {
  /** 1 to MAX_LIMIT items; DEFAULT_LIMIT by default. */
  limit: number;
  /** The key of the last item of the page before; none for the first page. */
  after?: CursorKey;
}

/** Reads `limit` and `cursor`: a 400 for a limit that is not a whole number from 1 to MAX_LIMIT, or a cursor the API did not give. */
export function parsePageQuery(params: URLSearchParams): Parsed<PageQuery> {
  const limit = parseSingleParam(params, 'limit');
  if (!limit.ok) return limit;
  const count = limit.value === undefined ? DEFAULT_LIMIT : Number(limit.value);
  if (!/^\d*$/.test(limit.value ?? '') || count < 1 || count > MAX_LIMIT)
    return invalidParameter(
      'limit',
      `limit must be a whole number from 1 to ${MAX_LIMIT}, not ${quoteInput(limit.value!)}`,
    );
  const cursor = parseSingleParam(params, 'cursor');
  if (!cursor.ok) return cursor;
  if (cursor.value === undefined) return { ok: true, value: { limit: count } };
  const after = parseCursor(cursor.value);
  if (!after)
    return invalidParameter(
      'cursor',
      'cursor is not one this API gave: pass a response’s next as it is',
    );
  return { ok: true, value: { limit: count, after } };
}
