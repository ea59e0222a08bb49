import { ExtractError } from './extract-error';

/** The encoding a byte-order mark announces, if the bytes start with one. */
function encodingOfBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The `charset` parameter of a media type ("text/html; charset=Shift_JIS"), if any. */
export function charsetOf(contentType: string | undefined): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/**
 * Plain text: by its byte-order mark, else UTF-8, else the charset its content type declares.
 * Throws ExtractError for text in none of these.
 */
export function decodeText(bytes: Uint8Array, contentType?: string): string {
  const declared = charsetOf(contentType);
  for (const encoding of [encodingOfBom(bytes) ?? 'utf-8', declared]) {
    if (!encoding) continue;
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding (or not one TextDecoder knows): try the next.
    }
  }
  throw new ExtractError(
    `the text is not UTF-8${declared ? ` nor ${declared}` : ''}: save it as UTF-8 and try again`,
  );
}

/**
 * An HTML page: by its byte-order mark, else the charset its content type declares, else the one
 * its first 4 KB declare (`<meta charset>` or `<meta http-equiv="Content-Type">`), else UTF-8.
 * Undecodable bytes become U+FFFD rather than failing the page.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const encoding = encodingOfBom(bytes) ?? charsetOf(contentType) ?? meta ?? 'utf-8';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
