/**
 * A line in the log for a request refused before any route read it (a URL no client of ours could
 * send), with its id and the first 200 characters of its URL.
 */
export function logRefusal(requestId: string, request: Request, reason: string): void {
  const target = request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url;
  console.warn(`[${requestId}] ${request.method} ${target} refused: ${reason}`);
}
