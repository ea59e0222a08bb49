import { describe, expect, it } from 'vitest';
import { computeRecurrence } from '@/lib/recurrence/compute-recurrence';
import { findEvent } from '@/lib/corpus/find-event';
import { findLabelClashes } from '@/lib/corpus/find-label-clashes';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { PROVENANCES } from '@/lib/types';
import { DATA_DIR } from '../helpers';
import { BRIEF_THEMES } from './brief-themes';

const corpus = loadCorpus(DATA_DIR);
const SEED = '2022-05-04-defense-ministerial';
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

  it('keeps the seed as official text, and the other events the brief names as summaries', () => {
    const briefed = Object.keys(BRIEF_THEMES);
    expect(briefed.map((id) => [id, findEvent(corpus, id)?.provenance])).toEqual(
      briefed.map((id) => [id, id === SEED ? 'official-text' : 'summary']),
    );
  });

  it.each(corpus.events.map((event) => [event.id, event] as const))(
    '%s has an https source and says whose words it is',
    (_, event) => {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources) expect(source.url).toMatch(/^https:\/\//);
      expect(PROVENANCES).toContain(event.provenance);
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

  it.each(['command-and-control', 'equipment-technology'])(
    'shows %s recurring from the 2024 summit into 2025-2026',
    (theme) => {
      const { cells } = computeRecurrence(corpus.events, [theme]);
      const dates = cells.map((cell) => cell.event.slice(0, 10));
      expect(dates).toContain('2024-04-10');
      expect(dates.some((date) => date >= '2025-01-01')).toBe(true);
    },
  );

  it('labels every event, and tells apart those of one date and kind', () => {
    for (const event of corpus.events) expect(event.label.trim()).not.toBe('');
    expect(findLabelClashes(corpus.events)).toEqual([]);
  });

  it('records Japan’s calendar date only where it differs', () => {
    const withJapanDate = corpus.events.filter((event) => event.japanDate);
    expect(withJapanDate.map((event) => [event.id, event.japanDate])).toContainEqual([
      '2022-09-14-defense-ministerial',
      '2022-09-15',
    ]);
    for (const event of withJapanDate) expect(event.japanDate).not.toBe(event.date);
  });
});
