import { createEventStatements, type ReadingContext } from '../reader/create-statements';
import type { EventDetail } from '../types';
import type { EventText } from './event-text';
import type { CompanionText } from './parse-companion-text';
import { parseBody } from './parse-body';

/**
 * A companion text read into statements as the event file's text is (the reader takes Japanese
 * sentences, headings and speakers), against the event's date and participants. Its statements
 * are named `<event id>-<language>-s<n>`, and never refer to their own event.
 */
export function reshapeCompanionText(
  companion: CompanionText,
  event: Pick<EventDetail, 'id' | 'date' | 'participants'>,
  context: ReadingContext,
): EventText {
  const sections = parseBody(companion.body);
  const read = createEventStatements(
    `${event.id}-${companion.language}`,
    event.date,
    sections,
    event.participants,
    context,
  );
  const statements = read.statements.map((statement) => ({
    ...statement,
    references: statement.references.filter((id) => id !== event.id),
  }));
  return {
    language: companion.language,
    provenance: companion.frontMatter.provenance,
    sources: companion.frontMatter.sources,
    sections,
    statements,
    themes: read.themes,
  };
}
