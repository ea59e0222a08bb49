import { invalidParameter, type Parsed } from './api-error';
import { parseSingleParam } from './parse-param';

/** The longest `q` accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Reads `q`, trimmed: undefined when absent; a 400 when empty, repeated or longer than
 * MAX_QUERY_LENGTH.
 */
export function parseQueryWords(params: URLSearchParams): Parsed<string | undefined> {
  const q = parseSingleParam(params, 'q');
  if (q.ok && q.value && q.value.length > MAX_QUERY_LENGTH)
    return invalidParameter(
      'q',
      `q is ${q.value.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
    );
  return q;
}
