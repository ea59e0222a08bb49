import type { FixtureScore } from './measure-accuracy';
import {
  isSplitRight,
  speakerAccuracy,
  sumScores,
  themePrecision,
  themeRecall,
} from './score-reading';

/** The accuracy targets the reader is held to over all fixtures. */
export const ACCURACY_TARGETS = { themePrecision: 0.9, themeRecall: 0.9, speakers: 0.9 };

/** The figures over all fixtures, and how many fixtures had the date, split and kind right. */
export function totalAccuracy(fixtures: FixtureScore[]) {
  const scores = fixtures.map((fixture) => fixture.score);
  const total = sumScores(scores);
  const kinds = scores.filter((score) => score.kindRight !== null);
  return {
    fixtures: fixtures.length,
    datesRight: scores.filter((score) => score.dateRight).length,
    splitsRight: scores.filter(isSplitRight).length,
    kindsRight: kinds.filter((score) => score.kindRight).length,
    kindsScored: kinds.length,
    statements: total.statementsExpected,
    themePrecision: themePrecision(total.themes),
    themeRecall: themeRecall(total.themes),
    speakers: speakerAccuracy(total),
  };
}

/** Whether the figures meet ACCURACY_TARGETS and every fixture's date and statement count. */
export function meetsTargets(fixtures: FixtureScore[]): boolean {
  const total = totalAccuracy(fixtures);
  return (
    total.datesRight === total.fixtures &&
    fixtures.every(({ score }) => score.statementsRead === score.statementsExpected) &&
    total.themePrecision >= ACCURACY_TARGETS.themePrecision &&
    total.themeRecall >= ACCURACY_TARGETS.themeRecall &&
    total.speakers >= ACCURACY_TARGETS.speakers
  );
}

/** A Markdown table: one row per fixture (its shape), then the totals. */
export function formatAccuracyTable(fixtures: FixtureScore[]): string {
  const rows = fixtures.map(({ input, shape, score, error }) => [
    `${input}${error ? ` (not read: ${error})` : ''}`,
    shape,
    mark(score.dateRight),
    `${mark(score.statementsRead === score.statementsExpected)} ${score.statementsRead}/${score.statementsExpected}${isSplitRight(score) ? '' : ` (${score.statementsMatched} word for word)`}`,
    score.kindRight === null ? '–' : mark(score.kindRight),
    percent(themePrecision(score.themes)),
    percent(themeRecall(score.themes)),
    percent(speakerAccuracy(score)),
  ]);
  const total = totalAccuracy(fixtures);
  rows.push([
    `**all ${total.fixtures}**`,
    `${total.statements} statements`,
    `${total.datesRight}/${total.fixtures}`,
    `${total.splitsRight}/${total.fixtures}`,
    `${total.kindsRight}/${total.kindsScored}`,
    percent(total.themePrecision),
    percent(total.themeRecall),
    percent(total.speakers),
  ]);
  const head = [
    'fixture',
    'shape',
    'date',
    'statements',
    'kind',
    'theme precision',
    'theme recall',
    'speakers',
  ];
  return [head, head.map(() => '---'), ...rows]
    .map((row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');
}

const LANGUAGE_NAMES: Record<FixtureScore['language'], string> = { en: 'English', ja: 'Japanese' };

/**
 * The fixtures of each language apart, English first: a Markdown heading ("English, 18
 * fixtures") over each language's formatAccuracyTable().
 */
export function formatAccuracyReport(fixtures: FixtureScore[]): string {
  return groupByLanguage(fixtures)
    .map(([language, group]) => {
      const count = `${group.length} fixture${group.length === 1 ? '' : 's'}`;
      return `### ${LANGUAGE_NAMES[language]}, ${count}\n\n${formatAccuracyTable(group)}`;
    })
    .join('\n\n');
}

/** The fixtures by language, English first; a language with no fixture is left out. */
export function groupByLanguage(
  fixtures: FixtureScore[],
): [FixtureScore['language'], FixtureScore[]][] {
  return (['en', 'ja'] as const)
    .map((language): [FixtureScore['language'], FixtureScore[]] => [
      language,
      fixtures.filter((fixture) => fixture.language === language),
    ])
    .filter(([, group]) => group.length > 0);
}

function mark(right: boolean): string {
  return right ? '✓' : '✗';
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
