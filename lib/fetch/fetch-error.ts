/** Why a page could not be fetched. */
export type FetchFailure =
  | 'invalid_url'
  | 'host_not_allowed'
  | 'address_not_allowed'
  | 'too_large'
  | 'timeout'
  | 'too_many_redirects'
  | 'http_status'
  | 'network';

/** Thrown when a page cannot be fetched; the message says why, in words a person can act on. */
export class FetchError extends Error {
  override name = 'FetchError';

  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}
