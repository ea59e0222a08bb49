import { createEventStatements, type ReadingContext } from '../reader/create-statements';
import { sortThemes } from '../reader/sort-themes';
import type { EventDetail } from '../types';
import { applyCorrections } from './apply-corrections';
import { labelOf } from './label-of';
import type { EventFrontMatter } from './corpus-schema';
import { parseBody } from './parse-body';

/**
 * The domain event of a validated file: the text read into statements, a person's corrections
 * applied over the reader's inference, the event's themes derived from its statements, and its
 * label (the file's, or the one labelOf() derives).
 * Problems with the corrections go to `problems`, each naming its field.
 */
export function reshapeEvent(
  { corrections, ...frontMatter }: EventFrontMatter,
  body: string,
  context: ReadingContext,
  problems: string[] = [],
): EventDetail {
  const sections = parseBody(body);
  const read = createEventStatements(
    frontMatter.id,
    frontMatter.date,
    sections,
    frontMatter.participants,
    context,
  );
  const statements = applyCorrections(read.statements, corrections, context.themeOrder, problems);
  const themes = corrections
    ? sortThemes(
        statements.flatMap((statement) => statement.themes),
        context.themeOrder,
      )
    : read.themes;
  return {
    ...frontMatter,
    label: labelOf(frontMatter),
    themes,
    statementCount: statements.length,
    sections,
    statements,
  };
}
