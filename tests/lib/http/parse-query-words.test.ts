import { describe, expect, it } from 'vitest';
import { parseQueryWords } from '@/lib/http/parse-query-words';

describe('parseQueryWords()', () => {
  it('trims the words, and gives undefined when q is left out', () => {
    expect(parseQueryWords(new URLSearchParams('q=%20base%20burden%20'))).toEqual({
      ok: true,
      value: 'base burden',
    });
    expect(parseQueryWords(new URLSearchParams(''))).toEqual({ ok: true, value: undefined });
  });

  it('answers an empty or repeated q with a 400 naming it', () => {
    expect(parseQueryWords(new URLSearchParams('q=%20%20'))).toMatchObject({
      ok: false,
      error: { param: 'q', message: 'q is empty; give it a value or leave it out' },
    });
    expect(parseQueryWords(new URLSearchParams('q=a&q=b'))).toMatchObject({
      ok: false,
      error: { param: 'q', message: 'q is given 2 times; it takes one value' },
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
