// Arbitrary strings and parameter combinations thrown at every query parser: each answers a value
// or an API error of a known code, never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS, type Parsed } from '@/lib/http/api-error';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { parseCompareQuery } from '@/lib/http/parse-compare-query';
import { parseMeetingPair } from '@/lib/compare/parse-meeting-pair';
import { parseEventQuery } from '@/lib/http/parse-event-query';
import { parseExportQuery } from '@/lib/http/parse-export-query';
import { parseQueryWords } from '@/lib/http/parse-query-words';
import { parseSearchQuery } from '@/lib/http/parse-search-query';
import { parseThemeIds } from '@/lib/http/parse-theme-ids';
import { readEventQuery } from '@/lib/http/read-event-query';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { QUERY_PARAM_NAMES } from '../../e2e/hostile-urls';
import { FIXTURE_CORPUS_DIR, stubCorpusDir } from '../../helpers';

stubCorpusDir();
const corpus = loadCorpus(FIXTURE_CORPUS_DIR);
const themeIds = themeIdsOf(corpus.themes);

/** Values a person, a bot or an attacker might send: real ids, near misses and junk. */
const value = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ',',
    ',,,',
    'all',
    'any',
    '1',
    '0',
    '-1',
    '1e9',
    'NaN',
    '2021-03-10',
    '2021-02-30',
    '9999-99-99',
    '0000-00-00',
    'case',
    'punctuation',
    'joint',
    'japan',
    'us',
    'csv',
    'markdown',
    'first-seen',
    '%ff',
    '\u0000',
    '\uD800',
    '<script>alert(1)</script>',
    'a'.repeat(5000),
    ...themeIds,
    ...corpus.events.map((event) => event.id),
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.constantFrom(...themeIds, ...corpus.events.map((e) => e.id), 'nope', ''), {
      maxLength: 30,
    })
    .map((ids) => ids.join(',')),
);

const params = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_PARAM_NAMES), fc.string()), value), {
    maxLength: 12,
  })
  .map((pairs) => new URLSearchParams(pairs));

function expectParsed(result: Parsed<unknown>): void {
  if (result.ok) return;
  expect(Object.keys(ERROR_STATUS)).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.param === null || typeof result.error.param === 'string').toBe(true);
}

const PARSERS: [string, (params: URLSearchParams) => Parsed<unknown>][] = [
  ['parseEventQuery()', (p) => parseEventQuery(p, themeIds)],
  ['parseExportQuery()', (p) => parseExportQuery(p, themeIds)],
  ['parseSearchQuery()', (p) => parseSearchQuery(p, themeIds)],
  ['parseCompareQuery()', (p) => parseCompareQuery(p, corpus)],
  ['parseThemeIds()', (p) => parseThemeIds(p, themeIds)],
  ['parseQueryWords()', (p) => parseQueryWords(p)],
  ['parseMeetingPair()', (p) => parseMeetingPair(p, corpus)],
];

describe.each(PARSERS)('%s on arbitrary parameters', (_, parse) => {
  it('answers a value or a typed API error, never throws', () => {
    fc.assert(
      fc.property(params, (p) => expectParsed(parse(p))),
      { numRuns: 400 },
    );
  });
});

describe('readEventQuery() on arbitrary query strings', () => {
  it('answers a value or a typed API error, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const url = new URL('http://localhost/api/events');
        url.search = search;
        expectParsed(readEventQuery(new Request(url)).query);
      }),
      { numRuns: 400 },
    );
  });
});
