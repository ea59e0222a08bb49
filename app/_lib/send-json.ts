import type { ApiError } from '@/lib/http/api-error';

/** A write's answer: the body on success, or the API's error (with the field it names). */
export type SendResult<T> = { ok: true; status: number; body: T } | { ok: false; error: ApiError };

/** Sends JSON to the API (with the page's cookie) and reads its JSON answer. */
export async function sendJson<T>(
  url: string,
  method: string,
  body: unknown,
): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'not_found', message: 'The server cannot be reached.', param: null },
    };
  }
  const json = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, body: json as T };
  const error: ApiError = json?.error ?? {
    code: 'invalid_body',
    message: `The server answered ${response.status} ${response.statusText}.`,
    param: null,
  };
  return { ok: false, error };
}
