import { describe, expect, it } from 'vitest';
import {
  isSplitRight,
  scoreReading,
  speakerAccuracy,
  sumScores,
  themePrecision,
  themeRecall,
  type ReadingFacts,
} from '@/lib/reader/score-reading';

const expected: ReadingFacts = {
  date: '2022-05-04',
  kind: 'defense-ministerial',
  statements: [
    { text: 'The Ministers met.', speaker: 'other', themes: [] },
    { text: 'The Ministers discussed Taiwan.', speaker: 'joint', themes: ['taiwan-strait'] },
    { text: 'Secretary Austin named China.', speaker: 'us', themes: ['china-maritime', 'senkaku'] },
  ],
};

describe('scoreReading()', () => {
  it('scores a reading that agrees in everything as right', () => {
    const score = scoreReading(expected, expected);
    expect(score).toEqual({
      dateRight: true,
      kindRight: true,
      statementsExpected: 3,
      statementsRead: 3,
      statementsMatched: 3,
      themes: { both: 3, readOnly: 0, expectedOnly: 0 },
      speakersRight: 3,
    });
    expect(isSplitRight(score)).toBe(true);
  });

  it('counts extra and missed themes and wrong speakers per statement', () => {
    const read: ReadingFacts = {
      ...expected,
      kind: 'telecon',
      statements: [
        { text: 'The Ministers met.', speaker: 'other', themes: ['okinawa'] },
        { text: 'The Ministers discussed Taiwan.', speaker: 'other', themes: ['taiwan-strait'] },
        { text: 'Secretary Austin named China.', speaker: 'us', themes: ['china-maritime'] },
      ],
    };
    const score = scoreReading(read, expected);
    expect(score.kindRight).toBe(false);
    expect(score.themes).toEqual({ both: 2, readOnly: 1, expectedOnly: 1 });
    expect(themePrecision(score.themes)).toBeCloseTo(2 / 3);
    expect(themeRecall(score.themes)).toBeCloseTo(2 / 3);
    expect(speakerAccuracy(score)).toBeCloseTo(2 / 3);
  });

  it('pairs statements by text, so a sentence split in two misses its themes and speaker', () => {
    const read: ReadingFacts = {
      ...expected,
      statements: [
        expected.statements[0]!,
        { text: 'The Ministers', speaker: 'joint', themes: [] },
        { text: 'discussed Taiwan.', speaker: 'joint', themes: ['taiwan-strait'] },
        expected.statements[2]!,
      ],
    };
    const score = scoreReading(read, expected);
    expect(score).toMatchObject({ statementsRead: 4, statementsMatched: 2, speakersRight: 2 });
    expect(score.themes).toEqual({ both: 2, readOnly: 1, expectedOnly: 1 });
    expect(isSplitRight(score)).toBe(false);
  });

  it('leaves the kind unscored where the analyst gives none', () => {
    expect(scoreReading(expected, { ...expected, kind: null }).kindRight).toBeNull();
  });
});

describe('sumScores()', () => {
  it('adds the counts of several readings', () => {
    const right = scoreReading(expected, expected);
    const none = scoreReading({ date: null, kind: null, statements: [] }, expected);
    const total = sumScores([right, none]);
    expect(total).toEqual({
      statementsExpected: 6,
      statementsRead: 3,
      statementsMatched: 3,
      themes: { both: 3, readOnly: 0, expectedOnly: 3 },
      speakersRight: 3,
    });
    expect(themePrecision(total.themes)).toBe(1);
    expect(themeRecall(total.themes)).toBe(0.5);
  });
});
