import type { Instrumentation } from 'next';

/** Loads and validates the corpus when the server starts (see instrumentation-node.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}

/**
 * Any error a route or page throws is logged with the request id that the response's
 * X-Request-Id carries (proxy.ts), so a report of a failing request leads to its log line.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const id = request.headers['x-request-id'] ?? '-';
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const digest = (error as { digest?: string } | null)?.digest;
  console.error(
    `[${id}] ${request.method} ${request.path.slice(0, 200)} failed in ${context.routePath} (${context.routeType})${digest ? ` digest ${digest}` : ''}: ${message}`,
  );
};
