import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8Offset } from '@/lib/text/invalid-utf8-offset';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('invalidUtf8Offset()', () => {
  it('finds nothing wrong in UTF-8 text', () => {
    expect(invalidUtf8Offset(new TextEncoder().encode('Okinawa 沖縄 – 🇯🇵'))).toBeNull();
  });

  it.each([
    ['a stray byte', bytes(0x41, 0xff), 1],
    ['a lone continuation byte', bytes(0x80), 0],
    ['an overlong "."', bytes(0x41, 0x42, 0xc0, 0xae), 2],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short', bytes(0x41, 0xe3, 0x81), 1],
  ])('names the offset of %s', (_, input, offset) => {
    expect(invalidUtf8Offset(input)).toBe(offset);
  });

  it("agrees with the platform's strict decoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offset(input) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
