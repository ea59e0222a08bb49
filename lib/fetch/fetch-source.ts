import 'server-only';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { FetchError } from './fetch-error';
import { refusedRangeOf } from './refused-range-of';
import { isAllowedHost, sourceHostsOf } from './source-hosts';
import { testSourceOriginOf } from './test-source-origin';

/** One address a name resolves to. */
export interface ResolvedAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}

/** What fetchSource() may be told; every field has a safe default. */
export interface FetchSourceOptions {
  /** The allowed hosts (subdomains included); default sourceHostsOf(process.env). */
  hosts?: readonly string[];
  /** Every address a name resolves to; default dns.lookup with `all`. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /**
   * For tests only: one origin on a loopback address (`http://127.0.0.1:4567`) fetched over plain
   * http and without the address rules; default testSourceOriginOf(process.env), normally none.
   */
  testOrigin?: string | null;
  /** Over all hops, in ms; default 10 000. */
  timeoutMs?: number;
  /** The most bytes a page may have; default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
}

/** A page as the server it came from sent it. */
export interface FetchedSource {
  /** The URL asked for. */
  url: string;
  /** Where the page was found, after redirects. */
  finalUrl: string;
  bytes: Uint8Array;
  contentType?: string;
}

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches an official page by URL, as a server may safely do for a person: https only, from an
 * allowed host only, never from a private, loopback, link-local or otherwise special address (each
 * address the name resolves to is checked, and the connection goes to the checked address, so a
 * second lookup cannot send it elsewhere), redirects followed by hand and checked in the same way,
 * within the time and size limits. Throws FetchError saying why not.
 */
export async function fetchSource(
  url: string,
  options: FetchSourceOptions = {},
): Promise<FetchedSource> {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // A race, so that the limit holds for name lookups too, which cannot be aborted.
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new FetchError('timeout', `timed out after ${timeoutMs / 1000} s fetching ${url}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([follow(url, controller.signal, options), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function follow(
  url: string,
  signal: AbortSignal,
  options: FetchSourceOptions,
): Promise<FetchedSource> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    const address = await checkUrl(current, options);
    const response = await request(current, address, signal, options);
    if (!('location' in response)) return { url, finalUrl: current.href, ...response };
    if (hop >= maxRedirects)
      throw new FetchError(
        'too_many_redirects',
        `too many redirects from ${url} (more than ${maxRedirects})`,
      );
    current = parseUrl(response.location, current);
  }
}

function parseUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchError('invalid_url', `not a URL: ${text.slice(0, 200)}`);
  }
  if (url.username || url.password)
    throw new FetchError('invalid_url', `a URL with a user name or password is not fetched`);
  return url;
}

/** The address to connect to for `url`, once its scheme, host and every address pass the rules. */
async function checkUrl(url: URL, options: FetchSourceOptions): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const testOrigin =
    options.testOrigin === undefined ? testSourceOriginOf(process.env) : options.testOrigin;
  const isTestOrigin = testOrigin !== null && url.origin === testOrigin;
  if (!isTestOrigin && url.protocol !== 'https:')
    throw new FetchError(
      'invalid_url',
      `only https URLs are fetched, not ${url.protocol}//${host}`,
    );
  if (!isTestOrigin && !isAllowedHost(host, options.hosts ?? sourceHostsOf()))
    throw new FetchError('host_not_allowed', `host not allowed: ${host}`);
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await resolveName(host, options.resolve);
  for (const { address } of isTestOrigin ? [] : addresses) {
    const refused = refusedRangeOf(address);
    if (refused)
      throw new FetchError(
        'address_not_allowed',
        address === host
          ? `address not allowed: ${address} is ${refused}`
          : `address not allowed: ${host} resolves to ${address}, which is ${refused}`,
      );
  }
  return addresses[0]!;
}

async function resolveName(
  host: string,
  resolve: FetchSourceOptions['resolve'],
): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = resolve ? await resolve(host) : await dnsLookup(host, { all: true });
  } catch {
    addresses = [];
  }
  if (!addresses.length) throw new FetchError('network', `cannot resolve the host ${host}`);
  return addresses;
}

type Response = Omit<FetchedSource, 'url' | 'finalUrl'> | { location: string };

/** One GET to the checked address; a redirect's target comes back unfollowed. */
function request(
  url: URL,
  address: ResolvedAddress,
  signal: AbortSignal,
  options: FetchSourceOptions,
): Promise<Response> {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  // Every connection goes to the address that was checked, never to a fresh lookup.
  const lookup = ((_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  }) as LookupFunction;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        lookup,
        signal,
        agent: false,
        headers: {
          accept: 'text/html, application/pdf, text/plain;q=0.9, */*;q=0.5',
          'user-agent': 'AllianceTimeline (official readout reader)',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECTS.has(status) && location) {
          res.resume();
          resolve({ location });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(new FetchError('http_status', `HTTP ${status} from ${url.href}`));
          return;
        }
        const tooLarge = () =>
          new FetchError(
            'too_large',
            `the page at ${url.href} is over the ${maxBytes / 1024 / 1024} MB limit`,
          );
        if (Number(res.headers['content-length']) > maxBytes) {
          req.destroy();
          reject(tooLarge());
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > maxBytes) {
            reject(tooLarge());
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            bytes: new Uint8Array(Buffer.concat(chunks)),
            contentType: res.headers['content-type'],
          }),
        );
        res.on('error', (error) => reject(networkError(url, error)));
      },
    );
    req.on('error', (error) => reject(networkError(url, error)));
  });
}

function networkError(url: URL, error: Error): FetchError {
  const code = (error as NodeJS.ErrnoException).code;
  return new FetchError('network', `cannot fetch ${url.href}: ${code ?? error.message}`);
}
