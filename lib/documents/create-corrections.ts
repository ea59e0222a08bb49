import type { Speaker, Statement, StatementCorrection } from '../types';

/** A person's choice for one statement, as the add page holds it. */
export interface StatementChoice {
  themes: string[];
  speaker: Speaker;
}

/**
 * The corrections to store: for each statement whose themes or speaker a person changed from
 * what the reader inferred, only what changed, keyed `s<n>` (n from 1). Theme order is ignored.
 */
export function createCorrections(
  statements: Statement[],
  choices: Record<number, StatementChoice>,
): Record<string, StatementCorrection> {
  const corrections: Record<string, StatementCorrection> = {};
  statements.forEach((statement, index) => {
    const choice = choices[index];
    if (!choice) return;
    const correction: StatementCorrection = {};
    if (!isSameSet(choice.themes, statement.themes)) correction.themes = choice.themes;
    if (choice.speaker !== statement.speaker) correction.speaker = choice.speaker;
    if (correction.themes || correction.speaker) corrections[`s${index + 1}`] = correction;
  });
  return corrections;
}

function isSameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
