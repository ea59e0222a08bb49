/** The one fetcher for SWR: JSON, or an Error carrying the API's error message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}
