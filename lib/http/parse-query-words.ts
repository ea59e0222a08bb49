import { invalidParameter, type Parsed } from './api-error';

/** The longest `q` accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** Reads `q`, trimmed: undefined when absent or blank, a 400 when longer than MAX_QUERY_LENGTH. */
export function parseQueryWords(params: URLSearchParams): Parsed<string | undefined> {
  const q = params.get('q')?.trim() || undefined;
  if (q && q.length > MAX_QUERY_LENGTH)
    return invalidParameter(
      'q',
      `q is ${q.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
    );
  return { ok: true, value: q };
}
