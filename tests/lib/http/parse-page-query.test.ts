import { describe, expect, it } from 'vitest';
import { createPage } from '@/lib/http/create-page';
import { compareKeys, createCursor, parseCursor } from '@/lib/http/page-cursor';
import { parsePageQuery } from '@/lib/http/parse-page-query';

const params = (query: string) => new URLSearchParams(query);

describe('parsePageQuery()', () => {
  it('gives 100 items by default, and the limit asked for up to 1,000', () => {
    expect(parsePageQuery(params(''))).toEqual({ ok: true, value: { limit: 100 } });
    expect(parsePageQuery(params('limit=1000'))).toEqual({ ok: true, value: { limit: 1000 } });
  });

  it.each([
    'limit=1001',
    'limit=0',
    'limit=-5',
    'limit=2.5',
    'limit=ten',
    'limit=',
    'limit=1&limit=2',
  ])('answers %s with a 400 naming limit', (query) => {
    expect(parsePageQuery(params(query))).toMatchObject({
      ok: false,
      error: { code: 'invalid_parameter', param: 'limit' },
    });
  });

  it('reads a cursor it made, and answers any other with a 400 naming cursor', () => {
    const cursor = createCursor(['2022-05-04', '2022-05-04-defense-ministerial']);
    expect(parsePageQuery(params(`cursor=${cursor}`))).toEqual({
      ok: true,
      value: { limit: 100, after: ['2022-05-04', '2022-05-04-defense-ministerial'] },
    });
    for (const bad of ['abc', 'e30', createCursor([]), '%ff'])
      expect(parsePageQuery(params(`cursor=${bad}`))).toMatchObject({
        ok: false,
        error: { param: 'cursor' },
      });
  });
});

describe('parseCursor()', () => {
  it('reads back the key createCursor() was given, and null for anything else', () => {
    expect(parseCursor(createCursor(['a', 3]))).toEqual(['a', 3]);
    expect(parseCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
    expect(parseCursor(Buffer.from('[null]').toString('base64url'))).toBeNull();
  });
});

describe('compareKeys()', () => {
  it('orders strings as the corpus does and numbers by value, part by part', () => {
    expect(compareKeys(['2021-01-01', 'b'], ['2021-01-01', 'a'])).toBeGreaterThan(0);
    expect(compareKeys(['a', 10], ['a', 9])).toBeGreaterThan(0);
    expect(compareKeys(['a', 1], ['a', 1])).toBe(0);
  });
});

describe('createPage()', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const keyOf = (item: string) => [item];

  it('gives the first page with the total and the cursor of the next', () => {
    const page = createPage(items, { limit: 2 }, keyOf);
    expect(page).toMatchObject({ items: ['a', 'b'], total: 5 });
    expect(parseCursor(page.next!)).toEqual(['b']);
  });

  it('follows cursors to the last page, whose next is null', () => {
    const second = createPage(items, { limit: 2, after: ['b'] }, keyOf);
    expect(second.items).toEqual(['c', 'd']);
    expect(createPage(items, { limit: 2, after: ['d'] }, keyOf)).toEqual({
      items: ['e'],
      total: 5,
      next: null,
    });
  });

  it('starts after the cursor’s key even where that item is gone', () => {
    expect(createPage(['a', 'c', 'd'], { limit: 5, after: ['b'] }, keyOf).items).toEqual([
      'c',
      'd',
    ]);
  });
});
