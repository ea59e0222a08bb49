import { createHash } from 'node:crypto';

/** A strong entity tag of a text: the first 128 bits of its SHA-256, quoted. */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
}
