import useSWR, { type SWRConfiguration } from 'swr';
import type { Recurrence } from '@/lib/recurrence/compute-recurrence';
import type { ThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { formatSearch } from '@/lib/url/format-search';
import type { EventDetail } from '@/lib/types';

/** What each resource of the JSON API answers. */
export interface ApiResponses {
  recurrence: Recurrence;
  themes: { themes: ThemeStats[] };
  event: { event: EventDetail };
}

/** An SWR key: the resource (which types the answer) and the URL to fetch. */
export type ApiKey<R extends keyof ApiResponses = keyof ApiResponses> = readonly [R, string];

/** The key of `/api/recurrence` or `/api/themes` with these search params (empty ones dropped). */
export function createApiKey<R extends 'recurrence' | 'themes'>(
  resource: R,
  params: Record<string, string | undefined>,
): ApiKey<R> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = formatSearch(search);
  return [resource, `/api/${resource}${query ? `?${query}` : ''}`];
}

/** The key of one event's detail. */
export function createEventKey(id: string): ApiKey<'event'> {
  return ['event', `/api/events/${encodeURIComponent(id)}`];
}

/** The one fetcher: JSON on success; otherwise an Error carrying the API's message. */
export async function fetchApi<R extends keyof ApiResponses>([, url]: ApiKey<R>): Promise<
  ApiResponses[R]
> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `${url} answered ${response.status}`);
  return body;
}

/** SWR over the API: typed by the key's resource; a null key fetches nothing. */
export function useApi<R extends keyof ApiResponses>(
  key: ApiKey<R> | null,
  config?: SWRConfiguration<ApiResponses[R], Error>,
) {
  return useSWR<ApiResponses[R], Error, ApiKey<R> | null>(key, fetchApi, config);
}
