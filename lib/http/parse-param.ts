import { invalidParameter, type Parsed } from './api-error';
import { parseList } from '../url/parse-list';

/** The most characters of a client's input an error message quotes. */
export const MAX_QUOTED = 100;

/** A client's input in double quotes for an error message: its first MAX_QUOTED characters, "…" where cut. */
export function quoteInput(value: string): string {
  return `"${value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value}"`;
}

/**
 * A parameter that takes one value, trimmed: undefined when absent; a 400 naming it when it is
 * given more than once or is empty (or only spaces).
 */
export function parseSingleParam(
  params: URLSearchParams,
  name: string,
): Parsed<string | undefined> {
  const values = params.getAll(name);
  if (values.length > 1)
    return invalidParameter(name, `${name} is given ${values.length} times; it takes one value`);
  if (!values.length) return { ok: true, value: undefined };
  const value = values[0]!.trim();
  if (!value) return emptyParameter(name);
  return { ok: true, value };
}

/**
 * A parameter that takes a list (`a,b`, or repeated: `x=a&x=b`, merged): the items in the order
 * given, without repeats; empty when absent. A 400 naming it when a value of it is empty, or when it lists
 * more than `max` items (repeats counted, so that the work a request asks for stays bounded).
 */
export function parseListParam(
  params: URLSearchParams,
  name: string,
  max: number,
): Parsed<string[]> {
  const lists = params.getAll(name).map(parseList);
  if (lists.some((items) => !items.length)) return emptyParameter(name);
  const items = lists.flat();
  if (items.length > max)
    return invalidParameter(
      name,
      `${name} lists ${items.length} items; the most it takes is ${max}`,
    );
  return { ok: true, value: [...new Set(items)] };
}

function emptyParameter(name: string): Parsed<never> {
  return invalidParameter(name, `${name} is empty; give it a value or leave it out`);
}
