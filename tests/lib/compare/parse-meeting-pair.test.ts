import { describe, expect, it } from 'vitest';
import { parseMeetingPair } from '@/lib/compare/parse-meeting-pair';
import type { Corpus, EventDetail } from '@/lib/types';

function meeting(id: string, date: string): EventDetail {
  return {
    id,
    title: id,
    label: id,
    kind: 'telecon',
    date,
    themes: [],
    provenance: 'summary',
    sources: [
      { publisher: 'P', title: 'T', url: 'https://example.org/', language: 'en', kind: 'news' },
    ],
    statementCount: 0,
    participants: [],
    sections: [],
    statements: [],
  };
}

const CORPUS: Corpus = {
  dir: 'meetings',
  themes: [],
  people: [],
  events: [meeting('winter', '2022-01-07'), meeting('spring', '2022-05-04')],
};

const parse = (query: string) => parseMeetingPair(new URLSearchParams(query), CORPUS);

describe('parseMeetingPair()', () => {
  it('finds the two meetings by id', () => {
    const pair = parse('a=spring&b=winter');
    expect(pair.ok && [pair.value.a.id, pair.value.b.id]).toEqual(['spring', 'winter']);
  });

  it('answers a missing, empty or repeated parameter with a 400 naming it', () => {
    expect(parse('b=winter')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_parameter',
        param: 'a',
        message: 'a is required; give it an event id',
      },
    });
    expect(parse('a=spring')).toMatchObject({ ok: false, error: { param: 'b' } });
    expect(parse('a=spring&b=')).toMatchObject({
      ok: false,
      error: { code: 'invalid_parameter', param: 'b' },
    });
    expect(parse('a=spring&a=winter&b=winter')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_parameter',
        param: 'a',
        message: 'a is given 2 times; it takes one value',
      },
    });
  });

  it('answers an unknown id with a 404 naming its parameter and the id', () => {
    expect(parse('a=spring&b=autumn')).toMatchObject({
      ok: false,
      error: { code: 'not_found', param: 'b', message: 'no event has the id "autumn"' },
    });
  });

  it('refuses a meeting compared with itself', () => {
    expect(parse('a=spring&b=spring')).toMatchObject({
      ok: false,
      error: { code: 'invalid_parameter', param: 'b' },
    });
  });
});
