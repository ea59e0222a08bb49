import { describe, expect, it } from 'vitest';
import { parseListParam, parseSingleParam, quoteInput } from '@/lib/http/parse-param';

const params = (query: string) => new URLSearchParams(query);

describe('quoteInput()', () => {
  it('quotes short input whole and long input to its first 100 characters', () => {
    expect(quoteInput('okinawa')).toBe('"okinawa"');
    expect(quoteInput('x'.repeat(10_000))).toBe(`"${'x'.repeat(100)}…"`);
  });
});

describe('parseSingleParam()', () => {
  it('reads the value trimmed, and undefined when absent', () => {
    expect(parseSingleParam(params('from=%202022-01-01%20'), 'from')).toEqual({
      ok: true,
      value: '2022-01-01',
    });
    expect(parseSingleParam(params(''), 'from')).toEqual({ ok: true, value: undefined });
  });

  it('answers a repeated or empty parameter with a 400 naming it', () => {
    expect(parseSingleParam(params('from=2022-01-01&from=2023-01-01'), 'from')).toEqual({
      ok: false,
      error: {
        code: 'invalid_parameter',
        param: 'from',
        message: 'from is given 2 times; it takes one value',
      },
    });
    for (const query of ['match=', 'match=%20%20'])
      expect(parseSingleParam(params(query), 'match')).toEqual({
        ok: false,
        error: {
          code: 'invalid_parameter',
          param: 'match',
          message: 'match is empty; give it a value or leave it out',
        },
      });
  });
});

describe('parseListParam()', () => {
  it('merges repeated parameters and drops repeated items, in the order given', () => {
    expect(parseListParam(params('themes=okinawa,senkaku&themes=okinawa,x'), 'themes', 9)).toEqual({
      ok: true,
      value: ['okinawa', 'senkaku', 'x'],
    });
    expect(parseListParam(params(''), 'themes', 9)).toEqual({ ok: true, value: [] });
  });

  it('answers an empty list with a 400 naming it', () => {
    for (const query of ['themes=', 'themes=,', 'themes=okinawa&themes='])
      expect(parseListParam(params(query), 'themes', 9)).toMatchObject({
        ok: false,
        error: { param: 'themes', message: 'themes is empty; give it a value or leave it out' },
      });
  });

  it('answers more items than the cap with a 400, counting repeats', () => {
    const ids = Array.from({ length: 400 }, () => 'a').join(',');
    expect(parseListParam(params(`events=${ids}`), 'events', 100)).toMatchObject({
      ok: false,
      error: { param: 'events', message: 'events lists 400 items; the most it takes is 100' },
    });
    expect(parseListParam(params('events=a,b&events=c'), 'events', 3).ok).toBe(true);
  });
});
