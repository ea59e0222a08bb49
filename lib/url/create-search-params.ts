/** Search params as they arrive: a `URLSearchParams`, a query string, or Next's `searchParams`. */
export type SearchParamsInput =
  URLSearchParams | string | Record<string, string | string[] | undefined> | null | undefined;

/** A fresh `URLSearchParams` from any of the shapes search params come in; never throws. */
export function createSearchParams(input: SearchParamsInput): URLSearchParams {
  if (!input) return new URLSearchParams();
  if (typeof input === 'string') return new URLSearchParams(input);
  // Next's ReadonlyURLSearchParams, or a URLSearchParams from another realm.
  if (isSearchParams(input)) return new URLSearchParams(input.toString());
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') params.append(key, item);
    }
  }
  return params;
}

function isSearchParams(input: object): input is URLSearchParams {
  return (
    input instanceof URLSearchParams || typeof (input as URLSearchParams).getAll === 'function'
  );
}
