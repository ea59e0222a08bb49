import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '@/lib/fetch/fetch-error';
import { fetchSource, type FetchSourceOptions } from '@/lib/fetch/fetch-source';
import { startPageServer, type PageServer } from './page-server';

const PAGE = 'Japan-U.S. Talks\n\nMay 5, 2031\n\nMinistry of Defense\n\nThe two sides met.\n';
let server: PageServer;
/** The test server's name: resolved by the tests, never by DNS. */
const TEST_HOST = 'pages.mod.go.jp';
let testOrigin = '';

beforeAll(async () => {
  server = await startPageServer({
    '/page.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE },
    '/moved': (_request, response) => response.writeHead(301, { location: '/page.html' }).end(),
    '/to-metadata': (_request, response) =>
      response.writeHead(302, { location: 'https://169.254.169.254/latest/meta-data' }).end(),
    '/to-private-name': (_request, response) =>
      response.writeHead(302, { location: 'https://intranet.mod.go.jp/' }).end(),
    '/to-elsewhere': (_request, response) =>
      response.writeHead(302, { location: 'https://example.com/' }).end(),
    '/loop': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
    '/missing': { status: 404, body: 'not here' },
    '/large': { body: 'x'.repeat(2048) },
    '/streamed-large': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 8; i++) response.write('x'.repeat(512));
      response.end();
    },
    '/slow': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('the first bytes, then nothing');
    },
  });
  testOrigin = `http://${TEST_HOST}:${new URL(server.origin).port}`;
});
afterAll(() => server.close());

/** Options under which the test server is reachable, and every other rule holds. */
function local(extra: FetchSourceOptions = {}): FetchSourceOptions {
  return {
    testOrigin,
    resolve: async (host) =>
      host === TEST_HOST
        ? [{ address: '127.0.0.1', family: 4 }]
        : host === 'intranet.mod.go.jp'
          ? [{ address: '10.1.2.3', family: 4 }]
          : [{ address: '93.184.215.14', family: 4 }],
    ...extra,
  };
}

async function failureOf(url: string, options: FetchSourceOptions) {
  try {
    await fetchSource(url, options);
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    const { reason, message } = error as FetchError;
    return { reason, message };
  }
  throw new Error(`fetchSource(${url}) did not fail`);
}

describe('fetchSource() refuses what a server must not fetch', () => {
  it('refuses a host not on the list', async () => {
    expect(await failureOf('https://example.com/readout', {})).toEqual({
      reason: 'host_not_allowed',
      message: 'host not allowed: example.com',
    });
  });

  it('refuses loopback, private and link-local addresses given as the host', async () => {
    const hosts = ['127.0.0.1', '10.0.0.1', '169.254.169.254', '::1'];
    expect(await failureOf('https://127.0.0.1/', {})).toEqual({
      reason: 'host_not_allowed',
      message: 'host not allowed: 127.0.0.1',
    });
    // Even a deployment that lists an address cannot open the way to these ranges.
    const cases = {
      'https://127.0.0.1/': 'address not allowed: 127.0.0.1 is loopback',
      'https://10.0.0.1/admin': 'address not allowed: 10.0.0.1 is private',
      'https://169.254.169.254/latest/meta-data':
        'address not allowed: 169.254.169.254 is link-local',
      'https://[::1]/': 'address not allowed: ::1 is loopback',
    };
    for (const [url, message] of Object.entries(cases))
      expect(await failureOf(url, { hosts })).toEqual({ reason: 'address_not_allowed', message });
  });

  it('refuses an allowed name that resolves to a private or loopback address', async () => {
    const resolveTo = (address: string, family = 4): FetchSourceOptions => ({
      resolve: async () => [
        { address: '93.184.215.14', family: 4 },
        { address, family },
      ],
    });
    expect(await failureOf('https://www.mod.go.jp/x', resolveTo('127.0.0.1'))).toEqual({
      reason: 'address_not_allowed',
      message: 'address not allowed: www.mod.go.jp resolves to 127.0.0.1, which is loopback',
    });
    expect(await failureOf('https://www.mod.go.jp/x', resolveTo('10.20.30.40'))).toMatchObject({
      message: 'address not allowed: www.mod.go.jp resolves to 10.20.30.40, which is private',
    });
    expect(
      await failureOf('https://www.state.gov/x', resolveTo('::ffff:169.254.169.254', 6)),
    ).toMatchObject({ message: expect.stringMatching(/169\.254\.169\.254, which is link-local$/) });
    expect(await failureOf('https://www.state.gov/x', resolveTo('fd00::1', 6))).toMatchObject({
      message: expect.stringMatching(/which is unique-local$/),
    });
  });

  it('refuses a redirect to a forbidden address or host', async () => {
    expect(await failureOf(`${testOrigin}/to-private-name`, local())).toEqual({
      reason: 'address_not_allowed',
      message: 'address not allowed: intranet.mod.go.jp resolves to 10.1.2.3, which is private',
    });
    expect(
      await failureOf(`${testOrigin}/to-metadata`, local({ hosts: ['169.254.169.254'] })),
    ).toEqual({
      reason: 'address_not_allowed',
      message: 'address not allowed: 169.254.169.254 is link-local',
    });
    expect(await failureOf(`${testOrigin}/to-elsewhere`, local())).toEqual({
      reason: 'host_not_allowed',
      message: 'host not allowed: example.com',
    });
  });

  it('refuses plain http and a URL that is not one', async () => {
    expect(await failureOf('http://www.mod.go.jp/', {})).toMatchObject({
      reason: 'invalid_url',
      message: 'only https URLs are fetched, not http://www.mod.go.jp',
    });
    expect(await failureOf('not a url', {})).toMatchObject({ reason: 'invalid_url' });
  });
});

describe('fetchSource() reads an allowed page', () => {
  it('returns the page’s bytes and type, from the address it checked', async () => {
    const lookups: string[] = [];
    const page = await fetchSource(`${testOrigin}/page.html`, {
      ...local(),
      resolve: async (host) => {
        lookups.push(host);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.finalUrl).toBe(`${testOrigin}/page.html`);
    // One lookup: the connection went to the checked address, not to a second resolution.
    expect(lookups).toEqual([TEST_HOST]);
  });

  it('follows a redirect within the allowed hosts', async () => {
    const page = await fetchSource(`${testOrigin}/moved`, local());
    expect(page.url).toBe(`${testOrigin}/moved`);
    expect(page.finalUrl).toBe(`${testOrigin}/page.html`);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it('stops after too many redirects', async () => {
    expect(await failureOf(`${testOrigin}/loop`, local({ maxRedirects: 2 }))).toEqual({
      reason: 'too_many_redirects',
      message: `too many redirects from ${testOrigin}/loop (more than 2)`,
    });
  });

  it('says which HTTP status the server answered', async () => {
    expect(await failureOf(`${testOrigin}/missing`, local())).toEqual({
      reason: 'http_status',
      message: `HTTP 404 from ${testOrigin}/missing`,
    });
  });

  it('stops a page over the size limit, declared or streamed', async () => {
    for (const path of ['/large', '/streamed-large'])
      expect(await failureOf(`${testOrigin}${path}`, local({ maxBytes: 1024 }))).toEqual({
        reason: 'too_large',
        message: `the page at ${testOrigin}${path} is over the ${1024 / 1024 / 1024} MB limit`,
      });
  });

  it('gives up on a page that does not finish in time', async () => {
    expect(await failureOf(`${testOrigin}/slow`, local({ timeoutMs: 200 }))).toEqual({
      reason: 'timeout',
      message: `timed out after 0.2 s fetching ${testOrigin}/slow`,
    });
  });
});
