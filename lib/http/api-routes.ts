/**
 * Every API route with the methods it answers, as app/api/**\/route.ts exports them (a test keeps
 * the two in step). `[id]` stands for one path segment.
 */
export const API_ROUTES: Record<string, readonly string[]> = {
  '/api/compare': ['GET'],
  '/api/compare/languages': ['GET'],
  '/api/compare/meetings': ['GET'],
  '/api/documents': ['POST'],
  '/api/documents/preview': ['POST'],
  '/api/documents/[id]': ['GET', 'PUT', 'DELETE'],
  '/api/events': ['GET'],
  '/api/events/[id]': ['GET'],
  '/api/export/events': ['GET'],
  '/api/export/matrix': ['GET'],
  '/api/health': ['GET'],
  '/api/recurrence': ['GET'],
  '/api/search': ['GET'],
  '/api/session': ['GET', 'POST'],
  '/api/themes': ['GET'],
  '/api/timeline': ['GET'],
};

/** The route pattern a path (percent-encoded, as requested) falls under, or null for none. */
export function apiRouteOf(path: string): string | null {
  const segments = path.split('/');
  for (const route of Object.keys(API_ROUTES)) {
    const pattern = route.split('/');
    if (pattern.length !== segments.length) continue;
    if (pattern.every((part, i) => part === segments[i] || (part === '[id]' && segments[i])))
      return route;
  }
  return null;
}

/** The methods an `Allow` header lists for a route: its own, HEAD with GET, and OPTIONS. */
export function allowedMethodsOf(route: string): string[] {
  const methods = API_ROUTES[route] ?? [];
  return [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
}
