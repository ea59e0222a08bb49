import { etagOf } from './create-json-response';

/**
 * A response body encoded once and sent many times: its text, the text's UTF-8 bytes (what a
 * Response would otherwise encode again on every request) and its ETag (a hash of the text).
 */
export interface EncodedBody {
  text: string;
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

const encoder = new TextEncoder();

/**
 * Encoded bodies of one route, by the version of the data they were made from (a corpus object)
 * and a key naming the request (its normalised query): `bodyOf(version, key, build)` returns the
 * kept body, or builds, hashes and keeps it. Each version keeps its most recently used bodies, up
 * to `maxEntries` and `maxChars` characters of text; a version no longer referenced goes with its
 * bodies.
 */
export type ResponseCache = (version: object, key: string, build: () => string) => EncodedBody;

/** A response cache (see ResponseCache): 256 bodies and 16 million characters by default. */
export function createResponseCache(maxEntries = 256, maxChars = 16_000_000): ResponseCache {
  const versions = new WeakMap<object, { bodies: Map<string, EncodedBody>; chars: number }>();
  return (version, key, build) => {
    let kept = versions.get(version);
    if (!kept) versions.set(version, (kept = { bodies: new Map(), chars: 0 }));
    let body = kept.bodies.get(key);
    if (body) kept.bodies.delete(key);
    else {
      const text = build();
      body = { text, bytes: encoder.encode(text), etag: etagOf(text) };
      kept.chars += text.length;
    }
    kept.bodies.set(key, body);
    for (const [oldest, old] of kept.bodies) {
      if (kept.bodies.size === 1) break;
      if (kept.bodies.size <= maxEntries && kept.chars <= maxChars) break;
      kept.bodies.delete(oldest);
      kept.chars -= old.text.length;
    }
    return body;
  };
}
