import { inferReferences, type ReferenceTarget } from './infer-references';
import { inferSpeakers } from './infer-speaker';
import { inferParagraphThemes, type ThemeMatcher } from './infer-themes';
import { splitSentences } from './split-sentences';
import { inferPeople } from './infer-people';
import type { Participant, Person, Section, Speaker, Statement } from '../types';
import { sortThemes } from './sort-themes';

/** What the reader needs to know of the corpus to read one document. */
export interface ReadingContext {
  matchThemes: ThemeMatcher;
  /** Theme ids in taxonomy order, so every list of themes comes out in that order. */
  themeOrder: string[];
  /** People the reader knows by surname: the corpus registry and the document's participants. */
  people: Person[];
  /** The corpus events a statement may refer to. */
  events: ReferenceTarget[];
}

/**
 * Splits sections into statements, one per sentence, with the themes, speaker and references the
 * reader infers. `eventId` names the statements and is never its own reference; `date` resolves
 * relative dates in references; `author` is the side "I" speaks for, where the document says (joint
 * for a joint statement).
 */
export function createStatements(
  eventId: string,
  date: string,
  sections: Section[],
  context: ReadingContext,
  author: Speaker | null = null,
): Statement[] {
  const paragraphs = sections.flatMap((section) =>
    section.paragraphs.map((text) => ({ section: section.title, sentences: splitSentences(text) })),
  );
  const speakers = inferSpeakers(
    paragraphs.flatMap((p) => p.sentences),
    context.people,
    author,
  );
  const statements: Statement[] = [];
  paragraphs.forEach(({ section, sentences }, paragraph) => {
    const themes = inferParagraphThemes(sentences, context.matchThemes);
    sentences.forEach((text, index) => {
      statements.push({
        id: `${eventId}-s${statements.length + 1}`,
        section,
        paragraph,
        text,
        themes: sortThemes(themes[index]!, context.themeOrder),
        speaker: speakers[statements.length]!,
        references: inferReferences(text, date, context.events, eventId),
      });
    });
  });
  return statements;
}

/**
 * An event's statements (createStatements, with its participants known by surname besides the
 * corpus's people) and the themes they speak of, in taxonomy order: what an event's text gives.
 * `author` is the side "I" speaks for, where the document says.
 */
export function createEventStatements(
  eventId: string,
  date: string,
  sections: Section[],
  participants: Participant[],
  context: ReadingContext,
  author: Speaker | null = null,
): { statements: Statement[]; themes: string[] } {
  const people = [...inferPeople(participants), ...context.people];
  const statements = createStatements(eventId, date, sections, { ...context, people }, author);
  const themes = statements.flatMap((statement) => statement.themes);
  return { statements, themes: sortThemes(themes, context.themeOrder) };
}
