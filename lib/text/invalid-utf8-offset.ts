/**
 * The byte offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or null when all of `bytes` is UTF-8.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return null;
}

/** The length of the well-formed sequence starting at `i`, or 0 if there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const [length, low, high] = shapeOf(bytes[i]!);
  if (length <= 1) return length;
  const second = bytes[i + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let k = 2; k < length; k += 1) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/**
 * A lead byte's sequence length and the range of the byte after it: the ranges rule out overlong
 * forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4). Length 0: not a lead byte.
 */
function shapeOf(lead: number): [length: number, low: number, high: number] {
  if (lead < 0x80) return [1, 0, 0];
  if (lead < 0xc2) return [0, 0, 0];
  if (lead < 0xe0) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead < 0xf0) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead < 0xf4) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
