import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedMethodsOf, API_ROUTES, apiRouteOf } from '@/lib/http/api-routes';
import { isAutomaticHandler } from '@/lib/http/create-read-route';
import { unstable_doesMiddlewareMatch as doesMatch } from 'next/experimental/testing/server';
import { config } from '@/proxy';
import { ROOT } from '../../helpers';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every app/api route file but the catch-all, as its route pattern. */
function routeFiles(): string[] {
  const api = path.join(ROOT, 'app', 'api');
  return readdirSync(api, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('route.ts') && !file.includes('[...path]'))
    .map((file) => `/api/${path.dirname(file).split(path.sep).join('/')}`);
}

describe('API_ROUTES', () => {
  it('lists every route file with the methods it answers (of its own, not as every route does)', async () => {
    const exported: Record<string, string[]> = {};
    for (const route of routeFiles()) {
      const routeModule = await import(`@/app${route}/route`);
      exported[route] = METHODS.filter(
        (method) =>
          typeof routeModule[method] === 'function' && !isAutomaticHandler(routeModule[method]),
      );
    }
    expect(exported).toEqual(
      Object.fromEntries(
        Object.entries(API_ROUTES).map(([route, methods]) => [
          route,
          [...methods].sort((a, b) => METHODS.indexOf(a) - METHODS.indexOf(b)),
        ]),
      ),
    );
  });

  it('leaves to the proxy exactly the routes that do not do its work themselves', async () => {
    for (const route of routeFiles()) {
      const routeModule = await import(`@/app${route}/route`);
      // A route made by createReadRoute() answers every method, the ones it refuses with automatic handlers.
      const answersForItself = isAutomaticHandler(routeModule.POST);
      const url = route.replace('[id]', '2022-05-04-defense-ministerial');
      expect(doesMatch({ config, url }), route).toBe(!answersForItself);
    }
  });
});

describe('apiRouteOf()', () => {
  it.each([
    ['/api/events', '/api/events'],
    ['/api/events/1960-01-19-x', '/api/events/[id]'],
    ['/api/documents/preview', '/api/documents/preview'],
    ['/api/documents/x', '/api/documents/[id]'],
    ['/api/events/', null],
    ['/api/events//', null],
    ['/api', null],
    ['/api/events/a/b', null],
  ])('finds the route of %s', (path, route) => {
    expect(apiRouteOf(path)).toBe(route);
  });
});

describe('allowedMethodsOf()', () => {
  it('adds HEAD to a GET route and OPTIONS to every route', () => {
    expect(allowedMethodsOf('/api/events')).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(allowedMethodsOf('/api/documents')).toEqual(['POST', 'OPTIONS']);
  });
});
