// Hostile requests across every route and page, for the fuzz test and `npm run bench:fuzz`: bad
// dates, unknown ids, repeated, empty and huge parameters, malformed percent-encoding, script
// payloads, wrong methods, trailing slashes and dot segments. Deterministic for a given seed.
import http from 'node:http';
import fc from 'fast-check';

/** One request as it goes on the wire: the path is sent exactly as written. */
export interface HostileRequest {
  method: string;
  path: string;
}

/** What a server answered. */
export interface HostileAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Milliseconds from sending to the last byte. */
  ms: number;
}

/** The ids the generator builds on: a real event and theme id make the deeper code paths run. */
export interface HostileSeeds {
  eventIds: string[];
  themeIds: string[];
}

/** The requests that the hardening work set out from, each sent as written. */
export const KNOWN_HOSTILE: HostileRequest[] = [
  ...[
    '/api/events/%ff',
    '/api/events/%zz%',
    '/api/events/%ED%A0%80',
    '/api/events/%c0%ae%c0%ae%2f',
    '/api/%ff',
    '/api/search/%ff',
    '/events/%ff',
    '/events/%zz%',
    '/events/%ED%A0%80',
    '/events/%c0%ae%c0%ae%2f',
    '/themes/%ff',
    '/themes/%zz%',
    '/api',
    '/api/',
    '/api/events/.',
    '/api/events/1960-01-19-security-treaty-signed/',
    '/api/events?themes=okinawa&themes=nope',
    '/api/events?match=',
    '/api/events?from=',
    `/api/events?q=${'x'.repeat(10_000)}`,
    `/api/compare?theme=okinawa&events=${Array(400).fill('1960-01-19-security-treaty-signed').join(',')}`,
    `/api/events?q=${'y'.repeat(12_000)}`,
    `/api/events?q=${'y'.repeat(20_000)}`,
  ].map((path) => ({ method: 'GET', path })),
  ...['POST', 'PUT', 'DELETE'].flatMap((method) =>
    ['/api/events', '/api/themes', '/api/timeline', '/api/compare', '/api/export/events'].map(
      (path) => ({ method, path }),
    ),
  ),
];

const API_PATHS = [
  '/api/events',
  '/api/events/{event}',
  '/api/themes',
  '/api/timeline',
  '/api/recurrence',
  '/api/search',
  '/api/compare',
  '/api/compare/meetings',
  '/api/export/events',
  '/api/export/matrix',
  '/api/health',
  '/api/documents/{event}',
  '/api/session',
  '/api/{junk}',
];
const PAGE_PATHS = [
  '/',
  '/compare',
  '/compare/meetings',
  '/search',
  '/themes',
  '/themes/{theme}',
  '/events/{event}',
  '/documents/new',
  '/{junk}',
];
/** Every query parameter a route or page reads, for tests that throw values at them. */
export const QUERY_PARAM_NAMES = [
  'themes',
  'theme',
  'match',
  'from',
  'to',
  'kind',
  'q',
  'speaker',
  'sort',
  'events',
  'baseline',
  'ignore',
  'official',
  'format',
  'event',
  'view',
  'token',
  'page',
  'limit',
  'cursor',
  'a',
  'b',
];
const JUNK = [
  '%ff',
  '%zz%',
  '%ED%A0%80',
  '%c0%ae%c0%ae%2f',
  '%',
  '%2e%2e',
  '..',
  '.',
  '%00',
  '%0d%0a',
  '<script>alert(1)</script>',
  '"onerror=alert(1)',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '1960-13-45',
  '9999-99-99',
  'nope',
  '',
  '%E2%80%AE',
  '%F0%9F%87%AF%F0%9F%87%B5',
];

/** `count` hostile requests (besides KNOWN_HOSTILE) drawn with `seed`. */
export function createHostileRequests(
  seeds: HostileSeeds,
  count: number,
  seed = 17,
): HostileRequest[] {
  const id = fc.oneof(fc.constantFrom(...seeds.eventIds.slice(0, 50)), junk());
  const theme = fc.oneof(fc.constantFrom(...seeds.themeIds), junk());
  const value = fc.oneof(
    id,
    theme,
    junk(),
    fc.array(fc.oneof(id, theme), { maxLength: 60 }).map((list) => list.join(',')),
    fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponentSafely),
    fc.integer({ min: 100, max: 6000 }).map((n) => 'z'.repeat(n)),
  );
  const query = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_PARAM_NAMES), junk()), value), {
      maxLength: 8,
    })
    .map((pairs) => pairs.map(([name, v]) => `${name}=${v}`).join('&'));
  const request = fc.record({
    method: fc.constantFrom(
      'GET',
      'GET',
      'GET',
      'GET',
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
    ),
    template: fc.constantFrom(...API_PATHS, ...PAGE_PATHS),
    event: id,
    theme,
    junk: junk(),
    query,
    tail: fc.constantFrom('', '', '', '', '/', '/.', '/..', '//'),
  });
  return fc
    .sample(request, { numRuns: count * 2, seed })
    .map(({ method, template, event, theme: themeId, junk: junkSegment, query: search, tail }) => {
      const path = template
        .replace('{event}', event)
        .replace('{theme}', themeId)
        .replace('{junk}', junkSegment);
      return { method, path: `${path}${tail}${search ? `?${search}` : ''}` };
    })
    .filter((request) => request.path.length < NODE_HEADER_LIMIT - 1024)
    .slice(0, count);
}

/**
 * Node's limit on a request's head (bytes, the URL included): over it Node answers 431 with no
 * body before the app runs. Documented in the README; one known request shows it.
 */
export const NODE_HEADER_LIMIT = 16 * 1024;

function junk() {
  return fc.constantFrom(...JUNK);
}

/** Percent-encodes any string, lone surrogates included (as the bytes of U+FFFD). */
function encodeURIComponentSafely(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) =>
    /[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).padStart(2, '0')}`,
  ).join('');
}

/** Sends a request with its path exactly as written (no normalisation, no re-encoding). */
export function sendRaw(port: number, { method, path }: HostileRequest): Promise<HostileAnswer> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        // Next's own redirect of "//" repeats a long URL in two headers: read it all.
        maxHeaderSize: 64 * 1024,
        headers: method === 'GET' ? {} : { 'content-length': 0 },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - start,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/**
 * Whether an /api answer has the API's shape: an error (4xx, 5xx) is JSON; a success is JSON or
 * the file an export asked for (CSV, Markdown); a 304, a HEAD or a redirect has no body. A URL
 * over Node's header limit gets Node's bodiless 431, which no code of ours can change.
 */
export function isApiShaped(request: HostileRequest, answer: HostileAnswer): boolean {
  if (answer.status < 400) return true;
  if (answer.status === 431 && request.path.length > NODE_HEADER_LIMIT) return true;
  if (request.method === 'HEAD') return true;
  if (!/^application\/json\b/.test(answer.contentType)) return false;
  try {
    return typeof JSON.parse(answer.body).error?.code === 'string';
  } catch {
    return false;
  }
}

/** Whether a request's path (before the query) is under /api. */
export function isApiRequest({ path }: HostileRequest): boolean {
  const pathname = path.split('?')[0]!;
  return pathname === '/api' || pathname.startsWith('/api/');
}
