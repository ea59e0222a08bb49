import useSWR, { type SWRConfiguration } from 'swr';
import type { Recurrence } from '@/lib/recurrence/compute-recurrence';
import type { ThemeStats } from '@/lib/recurrence/compute-theme-stats';
import type { TimelinePayload } from '@/lib/timeline/payload';
import type { EventDetail } from '@/lib/types';
import { formatSearch } from '@/lib/url/format-search';

/** What each resource of the JSON API answers. */
export interface ApiResponses {
  timeline: TimelinePayload;
  recurrence: Recurrence;
  themes: { themes: ThemeStats[] };
  event: { event: EventDetail };
}

/**
 * The one key shape of every SWR call: the resource (which types the answer) and the URL to fetch.
 * One URL has one key, so a resource asked for in two places is fetched and cached once.
 */
export type ApiKey<R extends keyof ApiResponses = keyof ApiResponses> = readonly [R, string];

type ListResource = Exclude<keyof ApiResponses, 'event'>;

/** The key of `/api/{resource}` with these search params, in their order (empty ones dropped). */
export function createApiKey<R extends ListResource>(resource: R, params: object = {}): ApiKey<R> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, String(value));
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
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new Error(
      body?.error?.message ?? `${url} answered ${response.status} ${response.statusText}`,
    );
  return body;
}

/** SWR over the API: typed by the key's resource; a null key fetches nothing. */
export function useApi<R extends keyof ApiResponses>(
  key: ApiKey<R> | null,
  config?: SWRConfiguration<ApiResponses[R], Error>,
) {
  return useSWR<ApiResponses[R], Error, ApiKey<R> | null>(key, fetchApi, config);
}
