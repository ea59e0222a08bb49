import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers on a path: a page, or a handler of its own. */
export type PageRoute =
  | { status?: number; headers?: Record<string, string>; body?: string | Uint8Array }
  | ((request: IncomingMessage, response: ServerResponse) => void);

/** A local http server of pages for the tests; `close()` stops it. */
export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close: () => Promise<void>;
}

/** Serves `routes` on 127.0.0.1 (on `port`, or any free one); 404 for any other path. */
export async function startPageServer(
  routes: Record<string, PageRoute>,
  port = 0,
): Promise<PageServer> {
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (typeof route === 'function') return route(request, response);
    if (!route) return response.writeHead(404).end('not found');
    response.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/plain' });
    response.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
