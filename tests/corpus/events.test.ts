import { describe, expect, it } from 'vitest';
import { computeRecurrence } from '@/lib/recurrence/compute-recurrence';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { DATA_DIR } from '../helpers';
import { BRIEF_THEMES } from './brief-themes';

const corpus = loadCorpus(DATA_DIR);
const MEETING_KINDS = [
  'security-consultative-committee',
  'defense-ministerial',
  'leaders-summit',
  'telecon',
];

describe('the bundled corpus', () => {
  it('holds every event the brief names, with the seed among them', () => {
    const ids = corpus.events.map((event) => event.id);
    expect(ids).toEqual(expect.arrayContaining(Object.keys(BRIEF_THEMES)));
    expect(ids).toEqual(
      expect.arrayContaining([
        '1960-01-19-security-treaty-signed',
        '2022-05-04-defense-ministerial',
      ]),
    );
  });

  it.each(corpus.events.map((event) => [event.id, event] as const))(
    '%s has an https official source and says whose words it is',
    (_, event) => {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources) expect(source.url).toMatch(/^https:\/\//);
      expect(event.provenance).toBe(
        event.id === '2022-05-04-defense-ministerial' ? 'official-text' : 'summary',
      );
      expect(event.statementCount).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(Object.entries(BRIEF_THEMES))(
    'the reader finds the brief’s themes in %s, and little else',
    (id, themes) => {
      const event = corpus.events.find((candidate) => candidate.id === id)!;
      expect(event.themes).toEqual(expect.arrayContaining(themes));
      // Themes beyond the brief's list come from facts on the official pages; a handful at most.
      expect(event.themes.filter((theme) => !themes.includes(theme)).length).toBeLessThanOrEqual(4);
    },
  );

  it('resolves the seed’s references and those the summaries make', () => {
    const references = (id: string) =>
      corpus.events.find((event) => event.id === id)!.statements.flatMap((s) => s.references);
    expect(references('2022-05-04-defense-ministerial')).toEqual([
      '2022-01-07-security-consultative-committee',
      '2022-05-15-okinawa-reversion-50th-anniversary',
    ]);
    expect(references('2023-01-12-defense-ministerial')).toContain(
      '2023-01-11-security-consultative-committee',
    );
    expect(references('2022-05-15-okinawa-reversion-50th-anniversary')).toContain(
      '1972-05-15-okinawa-reversion',
    );
  });

  it('shows the Taiwan Strait recurring across at least six meetings', () => {
    const meetings = corpus.events.filter((event) => MEETING_KINDS.includes(event.kind));
    const { cells } = computeRecurrence(meetings, ['taiwan-strait']);
    expect(cells.length).toBeGreaterThanOrEqual(6);
  });

  it('records Japan’s calendar date only where it differs', () => {
    for (const event of corpus.events)
      if (event.japanDate) expect(event.japanDate).not.toBe(event.date);
    expect(
      corpus.events.find((event) => event.id === '2022-09-14-defense-ministerial')?.japanDate,
    ).toBe('2022-09-15');
  });
});
