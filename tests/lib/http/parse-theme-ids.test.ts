import { describe, expect, it } from 'vitest';
import { parseThemeIds } from '@/lib/http/parse-theme-ids';

const THEME_IDS = ['senkaku', 'okinawa'];

describe('parseThemeIds()', () => {
  it('reads the listed ids, and none when the parameter is absent', () => {
    expect(parseThemeIds(new URLSearchParams('themes=okinawa, senkaku'), THEME_IDS)).toEqual({
      ok: true,
      value: ['okinawa', 'senkaku'],
    });
    expect(parseThemeIds(new URLSearchParams(''), THEME_IDS)).toEqual({ ok: true, value: [] });
  });

  it('answers an unknown id with a 400 that lists the known ones', () => {
    expect(parseThemeIds(new URLSearchParams('themes=okinawa,atlantis'), THEME_IDS)).toEqual({
      ok: false,
      error: {
        code: 'invalid_parameter',
        param: 'themes',
        message: 'unknown theme "atlantis"; known themes: senkaku, okinawa',
      },
    });
  });
});
