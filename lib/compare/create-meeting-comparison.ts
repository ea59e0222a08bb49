import { joinStatements } from './create-comparison';
import { createWordDiff, type DiffPart } from './create-word-diff';
import { selectThemeStatements } from './select-theme-statements';
import { toEventSummary } from '../corpus/to-event-summary';
import type { EventDetail, EventSummary, Statement } from '../types';

/** One meeting's statements on a theme the other meeting did not raise. */
export interface OneSidedTheme {
  theme: string;
  statements: Statement[];
}

/** A theme both meetings raised: each one's statements on it, and the words changed from a to b. */
export interface SharedTheme {
  theme: string;
  a: Statement[];
  b: Statement[];
  /** Word diff of a's statements (each after its side, "Joint: …") to b's. */
  parts: DiffPart[];
}

/** Two meetings side by side by theme. Themes are in the order of the list given (themes.json). */
export interface MeetingComparison {
  a: EventSummary;
  b: EventSummary;
  /** Themes a raised and b did not. */
  onlyA: OneSidedTheme[];
  /** Themes b raised and a did not. */
  onlyB: OneSidedTheme[];
  shared: SharedTheme[];
}

/**
 * Meeting `a` against meeting `b`: a meeting raises a theme where one of its statements is
 * tagged with it. `themes` gives the themes to look at, in the order to show them.
 */
export function createMeetingComparison(
  a: EventDetail,
  b: EventDetail,
  themes: readonly { id: string }[],
): MeetingComparison {
  const comparison: MeetingComparison = {
    a: toEventSummary(a),
    b: toEventSummary(b),
    onlyA: [],
    onlyB: [],
    shared: [],
  };
  for (const { id: theme } of themes) {
    const said = { a: selectThemeStatements(a, theme), b: selectThemeStatements(b, theme) };
    if (said.a.length && said.b.length)
      comparison.shared.push({ theme, ...said, parts: diffOf(a, b, said) });
    else if (said.a.length) comparison.onlyA.push({ theme, statements: said.a });
    else if (said.b.length) comparison.onlyB.push({ theme, statements: said.b });
  }
  return comparison;
}

function diffOf(
  a: EventDetail,
  b: EventDetail,
  said: { a: Statement[]; b: Statement[] },
): DiffPart[] {
  return createWordDiff(
    joinStatements({ event: toEventSummary(a), statements: said.a }),
    joinStatements({ event: toEventSummary(b), statements: said.b }),
  );
}
