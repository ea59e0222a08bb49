import type { Statement, StatementCorrection } from '../types';

/** Corrections keyed by statement number: `s3` is the third statement of the document. */
export type Corrections = Record<string, StatementCorrection>;

/**
 * The statements with a person's corrections applied, each corrected one keeping what the reader
 * inferred in `inferred`. `themeOrder` fixes the order of themes and drops unknown ids; problems
 * (a statement number past the end, an unknown theme) are named in `problems`, field first.
 */
export function applyCorrections(
  statements: Statement[],
  corrections: Corrections | undefined,
  themeOrder: string[],
  problems: string[] = [],
): Statement[] {
  if (!corrections) return statements;
  const known = new Set(themeOrder);
  for (const [key, correction] of Object.entries(corrections)) {
    if (Number(key.slice(1)) > statements.length)
      problems.push(`corrections.${key}: the text has ${statements.length} statements`);
    correction.themes?.forEach((theme, index) => {
      if (!known.has(theme))
        problems.push(`corrections.${key}.themes.${index}: "${theme}" is not a theme`);
    });
  }
  return statements.map((statement, index) => {
    const correction = corrections[`s${index + 1}`];
    return correction ? correctStatement(statement, correction, themeOrder) : statement;
  });
}

function correctStatement(
  statement: Statement,
  { themes, speaker }: StatementCorrection,
  themeOrder: string[],
): Statement {
  const corrected = { ...statement, inferred: { ...statement.inferred } };
  if (themes) {
    corrected.inferred.themes = statement.themes;
    corrected.themes = themeOrder.filter((id) => themes.includes(id));
  }
  if (speaker) {
    corrected.inferred.speaker = statement.speaker;
    corrected.speaker = speaker;
  }
  return corrected;
}
