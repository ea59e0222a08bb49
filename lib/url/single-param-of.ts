/**
 * A page's reading of a parameter that takes one value: the value, trimmed; undefined where it is
 * absent, empty or given more than once. The API answers those with a 400 naming the parameter
 * (parseSingleParam); a page leaves them out, as it leaves out any value it cannot use.
 */
export function singleParamOf(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 ? values[0]!.trim() || undefined : undefined;
}
