import type { Kind, Speaker } from '../types';

/** A statement as the reader gives it or as an analyst expects it. */
export interface ScoredStatement {
  text: string;
  speaker: Speaker;
  themes: string[];
}

/** What a reading is scored on: the meeting's date and kind, and its statements. */
export interface ReadingFacts {
  date: string | null;
  kind: Kind | null;
  statements: ScoredStatement[];
}

/** How far a reading agrees with an analyst's. Counts, so that scores add up over fixtures. */
export interface ReadingScore {
  dateRight: boolean;
  /** Null where the analyst gives no kind. */
  kindRight: boolean | null;
  statementsExpected: number;
  statementsRead: number;
  /** Expected statements the reader split out word for word. */
  statementsMatched: number;
  /** Themes given by both, by the reader only, by the analyst only, counted per statement. */
  themes: { both: number; readOnly: number; expectedOnly: number };
  /** Expected statements whose speaker the reader named right (a statement it missed is wrong). */
  speakersRight: number;
}

/**
 * Scores a reading against the analyst's. Statements pair up by their text (white space aside),
 * in order; an expected statement the reader did not split out counts all its themes as missed and
 * its speaker as wrong, and a statement the reader made up counts all its themes as extra.
 */
export function scoreReading(read: ReadingFacts, expected: ReadingFacts): ReadingScore {
  const unpaired = new Map<string, ScoredStatement[]>();
  for (const statement of read.statements) {
    const key = keyOf(statement.text);
    unpaired.set(key, [...(unpaired.get(key) ?? []), statement]);
  }
  const themes = { both: 0, readOnly: 0, expectedOnly: 0 };
  let matched = 0;
  let speakersRight = 0;
  for (const wanted of expected.statements) {
    const found = unpaired.get(keyOf(wanted.text))?.shift();
    if (found) matched += 1;
    if (found?.speaker === wanted.speaker) speakersRight += 1;
    const given = new Set(found?.themes ?? []);
    const both = wanted.themes.filter((theme) => given.has(theme)).length;
    themes.both += both;
    themes.expectedOnly += wanted.themes.length - both;
    themes.readOnly += given.size - both;
  }
  for (const left of unpaired.values()) {
    for (const statement of left) themes.readOnly += statement.themes.length;
  }
  return {
    dateRight: read.date === expected.date,
    kindRight: expected.kind === null ? null : read.kind === expected.kind,
    statementsExpected: expected.statements.length,
    statementsRead: read.statements.length,
    statementsMatched: matched,
    themes,
    speakersRight,
  };
}

/** The scores of several readings added up; `kindRight` is null where no reading had a kind. */
export function sumScores(scores: ReadingScore[]): Omit<ReadingScore, 'dateRight' | 'kindRight'> {
  const total = {
    statementsExpected: 0,
    statementsRead: 0,
    statementsMatched: 0,
    themes: { both: 0, readOnly: 0, expectedOnly: 0 },
    speakersRight: 0,
  };
  for (const score of scores) {
    total.statementsExpected += score.statementsExpected;
    total.statementsRead += score.statementsRead;
    total.statementsMatched += score.statementsMatched;
    total.themes.both += score.themes.both;
    total.themes.readOnly += score.themes.readOnly;
    total.themes.expectedOnly += score.themes.expectedOnly;
    total.speakersRight += score.speakersRight;
  }
  return total;
}

/** Of the themes the reader gave, the share the analyst gave too; 1 where the reader gave none. */
export function themePrecision(themes: ReadingScore['themes']): number {
  return ratio(themes.both, themes.both + themes.readOnly);
}

/** Of the themes the analyst gave, the share the reader found; 1 where the analyst gave none. */
export function themeRecall(themes: ReadingScore['themes']): number {
  return ratio(themes.both, themes.both + themes.expectedOnly);
}

/** Of the expected statements, the share whose speaker the reader named right. */
export function speakerAccuracy(
  score: Pick<ReadingScore, 'speakersRight' | 'statementsExpected'>,
): number {
  return ratio(score.speakersRight, score.statementsExpected);
}

/** Whether the reader split the text into exactly the statements the analyst did. */
export function isSplitRight(score: ReadingScore): boolean {
  return (
    score.statementsMatched === score.statementsExpected &&
    score.statementsRead === score.statementsExpected
  );
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function keyOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
