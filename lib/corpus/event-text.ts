import type { Provenance, Section, Source, Statement } from '../types';

/**
 * One language's text of an event: the English of the event file, or a companion text
 * (`<id>.ja.md`), read into statements the same way.
 */
export interface EventText {
  /** BCP 47 tag of the text: `en` for the event file's own, `ja` for a Japanese companion. */
  language: string;
  provenance: Provenance;
  /** Where this text comes from; at least one. */
  sources: Source[];
  sections: Section[];
  statements: Statement[];
  /** The themes the statements speak of, in taxonomy order. */
  themes: string[];
}

/** The event file's own text: English, with the sources in English (all of them where none is). */
export function englishTextOf(event: {
  provenance: Provenance;
  sources: Source[];
  sections: Section[];
  statements: Statement[];
  themes: string[];
}): EventText {
  const english = event.sources.filter((source) => /^en\b/.test(source.language));
  return {
    language: 'en',
    provenance: event.provenance,
    sources: english.length ? english : event.sources,
    sections: event.sections,
    statements: event.statements,
    themes: event.themes,
  };
}
