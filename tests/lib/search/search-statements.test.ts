import { describe, expect, it } from 'vitest';
import { createWordsFinder } from '@/lib/search/find-words';
import { searchStatements } from '@/lib/search/search-statements';
import type { Corpus, EventDetail, Statement } from '@/lib/types';
import fixture from '../../fixtures/search-ja.json';

/** Japanese statements, two to an event, with the fields the search reads. */
function createJapaneseCorpus(): Corpus {
  const events: EventDetail[] = [];
  for (let at = 0; at < fixture.statements.length; at += 2) {
    const id = `2022-05-${String(at + 1).padStart(2, '0')}-defense-ministerial`;
    const statements = fixture.statements.slice(at, at + 2).map((statement, number): Statement => ({
      id: `${id}-s${number + 1}`,
      section: null,
      paragraph: number,
      text: statement.text,
      themes: [],
      speaker: 'joint',
      references: [],
    }));
    events.push({
      id,
      title: '日米防衛相会談',
      label: '日米防衛相会談',
      kind: 'defense-ministerial',
      date: id.slice(0, 10),
      themes: [],
      provenance: 'summary',
      sources: [],
      statementCount: statements.length,
      participants: [],
      sections: [],
      statements,
    });
  }
  return { dir: '/nowhere', themes: [], people: [], events };
}

const corpus = createJapaneseCorpus();
const fixtureIdOf = (text: string) => fixture.statements.find((s) => s.text === text)!.id;
const search = (q: string) =>
  searchStatements(corpus, { q, themes: [], speakers: [] }, { limit: 50 });

describe('searchStatements() in Japanese', () => {
  it('finds a term inside longer words, which Japanese writes without spaces', () => {
    expect(search('朝鮮').hits.map((hit) => fixtureIdOf(hit.statement.text))).toEqual(['j2', 'j3']);
    expect(search('尖閣').hits.map((hit) => fixtureIdOf(hit.statement.text))).toEqual(['j4', 'j5']);
  });

  it('finds every statement a person expects, and what a scan of every statement finds', () => {
    for (const { q, expected } of fixture.queries) {
      const found = search(q).hits.map((hit) => fixtureIdOf(hit.statement.text));
      const find = createWordsFinder(q)!;
      const scanned = fixture.statements.filter((s) => find(s.text)).map((s) => s.id);
      expect(found, q).toEqual(expect.arrayContaining(expected));
      expect(found, q).toEqual(scanned);
    }
  });

  it('gives the match in context within its sentence', () => {
    const [hit] = search('普天間').hits;
    expect(hit).toMatchObject({
      before: '両大臣は、',
      match: '普天間',
      after: '飛行場の辺野古への移設が唯一の解決策であることを…',
    });
  });

  it('matches a query whose words are apart by a space the text does not have', () => {
    expect(search('台湾 海峡').hits.map((hit) => hit.match)).toEqual(['台湾海峡']);
  });
});

describe('searchStatements() across widths', () => {
  const widths: Corpus = {
    ...createJapaneseCorpus(),
    events: [
      {
        ...corpus.events[0]!,
        statements: [
          { ...corpus.events[0]!.statements[0]!, text: '日米安全保障条約第5条の適用を確認した。' },
          {
            ...corpus.events[0]!.statements[1]!,
            text: 'The ＵＳ side spoke of Ｆ－３５ aircraft.',
          },
        ],
      },
    ],
  };
  const matches = (q: string) =>
    searchStatements(widths, { q, themes: [], speakers: [] }, { limit: 50 }).hits.map(
      (hit) => hit.match,
    );

  it('finds full-width digits and letters as their ASCII, and the other way round', () => {
    expect(matches('第５条')).toEqual(['第5条']);
    expect(matches('US')).toEqual(['ＵＳ']);
    expect(matches('ＵＳ')).toEqual(['ＵＳ']);
    expect(matches('f-35')).toEqual(['Ｆ－３５']);
  });
});
