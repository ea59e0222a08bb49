import { describe, expect, it } from 'vitest';
import { createMeetingComparison } from '@/lib/compare/create-meeting-comparison';
import type { EventDetail, Speaker, Statement } from '@/lib/types';

const THEMES = [{ id: 'taiwan-strait' }, { id: 'ukraine' }, { id: 'north-korea' }, { id: 'space' }];

function statement(
  event: string,
  n: number,
  text: string,
  themes: string[],
  speaker: Speaker = 'joint',
): Statement {
  return {
    id: `${event}-s${n}`,
    section: null,
    paragraph: n - 1,
    text,
    themes,
    speaker,
    references: [],
  };
}

function meeting(id: string, date: string, statements: Statement[]): EventDetail {
  return {
    id,
    title: id,
    label: id,
    kind: 'defense-ministerial',
    date,
    themes: [...new Set(statements.flatMap((s) => s.themes))],
    provenance: 'summary',
    sources: [
      {
        publisher: 'P',
        title: 'T',
        url: 'https://example.org/',
        language: 'en',
        kind: 'publisher',
      },
    ],
    statementCount: statements.length,
    participants: [],
    sections: [],
    statements,
  };
}

const SPRING = meeting('spring', '2022-05-04', [
  statement('spring', 1, 'The sides condemned the invasion of Ukraine.', ['ukraine']),
  statement('spring', 2, 'Peace across the Strait matters.', ['taiwan-strait'], 'us'),
]);
const WINTER = meeting('winter', '2022-01-07', [
  statement('winter', 1, 'Peace and stability across the Strait matter.', ['taiwan-strait'], 'us'),
  statement('winter', 2, 'Launches by the North are a threat.', ['north-korea']),
  statement('winter', 3, 'Cooperation in orbit grows.', ['space', 'north-korea']),
]);

describe('createMeetingComparison()', () => {
  const comparison = createMeetingComparison(SPRING, WINTER, THEMES);

  it('lists the themes each meeting raised and the other did not, in the order of the themes', () => {
    expect(comparison.onlyA.map((only) => only.theme)).toEqual(['ukraine']);
    expect(comparison.onlyB.map((only) => only.theme)).toEqual(['north-korea', 'space']);
    expect(comparison.onlyB[0]!.statements.map((s) => s.id)).toEqual(['winter-s2', 'winter-s3']);
  });

  it("gives each shared theme both meetings' statements and the word diff from a to b", () => {
    expect(comparison.shared).toHaveLength(1);
    const [shared] = comparison.shared;
    expect(shared!.theme).toBe('taiwan-strait');
    expect(shared!.a.map((s) => s.id)).toEqual(['spring-s2']);
    expect(shared!.b.map((s) => s.id)).toEqual(['winter-s1']);
    expect(shared!.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual([
      'and stability',
      'matter',
    ]);
    expect(shared!.parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual([
      'matters',
    ]);
  });

  it('summarises both meetings without their text', () => {
    expect(comparison.a).toMatchObject({ id: 'spring', date: '2022-05-04' });
    expect(comparison.b).not.toHaveProperty('statements');
  });

  it('finds nothing one-sided when a meeting is compared with its like', () => {
    const again = createMeetingComparison(SPRING, { ...SPRING, id: 'copy' }, THEMES);
    expect(again.onlyA).toEqual([]);
    expect(again.onlyB).toEqual([]);
    expect(
      again.shared.every((shared) => shared.parts.every((part) => !part.added && !part.removed)),
    ).toBe(true);
  });
});
