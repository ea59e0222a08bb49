import { inferLanguage } from '../reader/is-japanese';
import type { Provenance, Section, Source, Statement } from '../types';

/**
 * One language's text of an event: the event file's own, or a companion text (`<id>.ja.md`),
 * read into statements the same way.
 */
export interface EventText {
  /** The text's language: `en`, or `ja` for a Japanese companion or a file written in Japanese. */
  language: 'en' | 'ja';
  provenance: Provenance;
  /** Where this text comes from; at least one. */
  sources: Source[];
  sections: Section[];
  statements: Statement[];
  /** The themes the statements speak of, in taxonomy order. */
  themes: string[];
}

/**
 * The event file's own text, in the language its sentences are written in (English, or Japanese
 * for a document added in Japanese), with the sources in that language (all where none is).
 */
export function ownTextOf(event: {
  provenance: Provenance;
  sources: Source[];
  sections: Section[];
  statements: Statement[];
  themes: string[];
}): EventText {
  const language = inferLanguage(event.statements.map((statement) => statement.text).join('\n'));
  const inLanguage = event.sources.filter((source) => source.language.split('-')[0] === language);
  return {
    language,
    provenance: event.provenance,
    sources: inLanguage.length ? inLanguage : event.sources,
    sections: event.sections,
    statements: event.statements,
    themes: event.themes,
  };
}
