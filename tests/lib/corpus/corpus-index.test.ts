import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryCorpusIndex, corpusIndexOf, eventById } from '@/lib/corpus/corpus-index';
import { createSyntheticEvents } from '@/lib/corpus/create-synthetic-events';
import { formatEventFile } from '@/lib/corpus/event-file';
import { loadCorpus, readCorpus } from '@/lib/corpus/load-corpus';
import { withEvent, withoutEvent } from '@/lib/corpus/live-corpus';
import { filterEvents } from '@/lib/filter/filter-events';
import { selectEvents } from '@/lib/filter/select-events';
import type { EventQuery } from '@/lib/http/parse-event-query';
import { createKeywordInContext } from '@/lib/search/create-keyword-in-context';
import { createWordsFinder } from '@/lib/search/find-words';
import { searchStatements } from '@/lib/search/search-statements';
import type { Corpus } from '@/lib/types';
import { DATA_DIR, FIXTURE_CORPUS_DIR } from '../../helpers';

let corpus: Corpus;
let dir: string;
beforeAll(() => {
  const { themes } = loadCorpus(DATA_DIR);
  dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  for (const name of ['themes.json', 'people.json'])
    cpSync(path.join(DATA_DIR, name), path.join(dir, name));
  mkdirSync(path.join(dir, 'events'));
  for (const { frontMatter, body } of createSyntheticEvents(150, themes, 3))
    writeFileSync(
      path.join(dir, 'events', `${frontMatter.id}.md`),
      formatEventFile(frontMatter, body),
    );
  corpus = readCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUERIES: Partial<EventQuery>[] = [
  {},
  { themes: ['taiwan-strait'], from: '1990-01-01', to: '2010-12-31' },
  { themes: ['taiwan-strait', 'okinawa'], match: 'all' },
  { themes: ['taiwan-strait', 'okinawa', 'space'] },
  { kinds: ['telecon', 'milestone'], from: '2000-01-01' },
  { to: '1970-06-30' },
  { from: '2024-12-31', to: '2024-12-31' },
  { q: 'missile' },
  { q: 'ssile laun' },
  { q: 'North Korea’s' },
  { q: 'SYNTHETIC event 1' },
  { q: 'invented)' },
  { q: 'nowhere in the corpus', themes: ['okinawa'] },
];

describe('selectEvents()', () => {
  it.each(QUERIES)('finds what filterEvents() finds over every event: %j', (partial) => {
    const query: EventQuery = { themes: [], match: 'any', kinds: [], ...partial };
    const ids = (events: { id: string }[]) => events.map((event) => event.id);
    expect(ids(selectEvents(corpus, query))).toEqual(ids(filterEvents(corpus.events, query)));
  });
});

describe('searchStatements()', () => {
  it.each(['missile', 'Taiwan Strait', 'the', 'Korea’s missile launches', '2+2', 'peace and stab'])(
    'finds what a scan of every statement finds: %s',
    (q) => {
      const find = createWordsFinder(q)!;
      const scanned = corpus.events.flatMap((event) =>
        event.statements.flatMap((statement) => {
          const match = find(statement.text);
          return match
            ? [[statement.id, createKeywordInContext(statement.text, match.start, match.end)]]
            : [];
        }),
      );
      const query = { q, themes: [], speakers: [] };
      const found = [];
      let page = searchStatements(corpus, query, { limit: 7 });
      found.push(...page.hits);
      while (page.next) {
        const after = JSON.parse(Buffer.from(page.next, 'base64url').toString());
        page = searchStatements(corpus, query, { limit: 7, after });
        found.push(...page.hits);
      }
      expect(page.total).toBe(scanned.length);
      expect(
        found.map(({ statement, before, match, after }) => [
          statement.id,
          { before, match, after },
        ]),
      ).toEqual(scanned);
    },
  );
});

describe('carryCorpusIndex()', () => {
  it('indexes an added, a changed and a removed event without reading the others again', () => {
    const fixture = readCorpus(FIXTURE_CORPUS_DIR);
    corpusIndexOf(fixture);
    const [first, second] = fixture.events;
    const changed = {
      ...first!,
      statements: [{ ...first!.statements[0]!, text: 'A word never used: zanzibar.' }],
    };
    const next = withEvent(fixture, changed);
    carryCorpusIndex(fixture, next, [changed]);
    const query: EventQuery = { themes: [], match: 'any', kinds: [], q: 'zanzibar' };
    expect(selectEvents(next, query).map((event) => event.id)).toEqual([first!.id]);
    expect(selectEvents(fixture, query)).toEqual([]);
    const removed = withoutEvent(next, first!.id);
    carryCorpusIndex(next, removed, []);
    expect(selectEvents(removed, query)).toEqual([]);
    expect(eventById(removed, first!.id)).toBeUndefined();
    expect(eventById(removed, second!.id)).toBe(second);
  });
});
