import { describe, expect, it } from 'vitest';
import { parseQueryWords } from '@/lib/http/parse-query-words';

describe('parseQueryWords()', () => {
  it('trims the words, and gives undefined for none', () => {
    expect(parseQueryWords(new URLSearchParams('q=%20base%20burden%20'))).toEqual({
      ok: true,
      value: 'base burden',
    });
    expect(parseQueryWords(new URLSearchParams('q=%20%20'))).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('answers more than 200 characters with a 400', () => {
    expect(parseQueryWords(new URLSearchParams(`q=${'a'.repeat(200)}`)).ok).toBe(true);
    expect(parseQueryWords(new URLSearchParams(`q=${'a'.repeat(201)}`))).toMatchObject({
      ok: false,
      error: { param: 'q', message: 'q is 201 characters long; the limit is 200' },
    });
  });
});
