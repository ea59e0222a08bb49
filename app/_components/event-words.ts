import type { Locale } from '@/i18n/locales';
import { ENGLISH_SPEAKER_WORDS, type SpeakerWords } from '@/lib/people/speaker-name-of';
import {
  KIND_LABELS,
  SOURCE_KIND_LABELS,
  type Country,
  type Format,
  type Kind,
  type Person,
  type SourceKind,
} from '@/lib/types';

/**
 * The words an event is shown with (its facts, statements, provenance and the dashboard's panel)
 * in one language: plain data, so that a Server Component can hand it to a Client Component.
 * Templates hold `{name}` where a value goes (fillIn() puts it there).
 */
export interface EventWords {
  locale: Locale;
  kinds: Record<Kind, string>;
  speakers: SpeakerWords;
  /** people.json, for names as the language writes them (`nameJa`); may be empty. */
  people: readonly Person[];
  facts: {
    date: string;
    place: string;
    format: string;
    participants: string;
    /** `{date}`: Japan's date where it differs from the venue's. */
    inJapan: string;
    /** `{time}`, `{offset}`: the start time at the venue and its UTC offset. */
    startTime: string;
    /** `{minutes}`. */
    duration: string;
    /** `{name}`, `{role}`, `{country}`. */
    participant: string;
    formats: Record<Format, string>;
    countries: Record<Country, string>;
  };
  statements: {
    /** Name of the part before a document's first heading. */
    introduction: string;
    statementThemes: string;
    /** `{link}`: the event referred to. */
    refersTo: string;
    /** `{title}`, `{date}`. */
    reference: string;
    /** `{themes}`: what the reader had found. */
    themesSetBy: string;
    /** `{speaker}`: whom the reader had found. */
    speakerSetBy: string;
    /** What the reader found where it found no theme. */
    none: string;
  };
  provenance: {
    label: string;
    officialHeading: string;
    officialBody: string;
    summaryHeading: string;
    summaryBody: string;
    newsOnlyBadge: string;
    newsOnly: string;
    source: string;
    sources: string;
    sourcesLabel: string;
    /** `{kind}`, after the source's name (with the space before it, where the language has one). */
    sourceKind: string;
    /** `{kind}`, `{language}`: the same for a source in another language than English. */
    sourceKindIn: string;
    sourceKinds: Record<SourceKind, string>;
    japanese: string;
    /** `{publisher}`, `{title}`: a source's name. */
    sourceName: string;
  };
  panel: {
    label: string;
    event: string;
    hideDetails: string;
    showDetails: string;
    close: string;
    /** `{message}`: why. */
    loadError: string;
    loading: string;
    themes: string;
    openFullPage: string;
    compareWith: string;
  };
}

/** The English words: what the components show where they are given none. */
export const ENGLISH_EVENT_WORDS: EventWords = {
  locale: 'en',
  kinds: KIND_LABELS,
  speakers: ENGLISH_SPEAKER_WORDS,
  people: [],
  facts: {
    date: 'Date',
    place: 'Place',
    format: 'Format',
    participants: 'Participants',
    inJapan: ' ({date} in Japan)',
    startTime: ', {time} (UTC{offset})',
    duration: ', {minutes} minutes',
    participant: '{name}, {role} ({country})',
    formats: {
      'in-person': 'In person',
      virtual: 'Virtual',
      phone: 'Telephone',
      ceremony: 'Ceremony',
    },
    countries: { japan: 'Japan', us: 'U.S.', other: 'other' },
  },
  statements: {
    introduction: 'Introduction',
    statementThemes: 'Statement themes',
    refersTo: 'Refers to {link}',
    reference: '{title}, {date}',
    themesSetBy: 'Themes set by a person (the reader found: {themes}). ',
    speakerSetBy: 'Speaker set by a person (the reader found: {speaker}).',
    none: 'none',
  },
  provenance: {
    label: 'Provenance',
    officialHeading: 'Official text.',
    officialBody: 'The statements below are the official document’s sentences, kept verbatim.',
    summaryHeading: 'Summary in Alliance Timeline’s own words.',
    summaryBody:
      'This is not official wording: the facts come from the sources, the sentences do not. Short formula phrases in quotation marks are quoted from them.',
    newsOnlyBadge: 'From news reports',
    newsOnly: 'Only news reports back this event.',
    source: 'Source:',
    sources: 'Sources:',
    sourcesLabel: 'Sources',
    sourceKind: ' ({kind})',
    sourceKindIn: ' ({kind}, in {language})',
    sourceKinds: SOURCE_KIND_LABELS,
    japanese: 'Japanese',
    sourceName: '{publisher}: {title}',
  },
  panel: {
    label: 'Selected event',
    event: 'Event',
    hideDetails: 'Hide details',
    showDetails: 'Show details',
    close: 'Close the event panel',
    loadError: 'The event could not be loaded: {message}',
    loading: 'Loading…',
    themes: 'Themes',
    openFullPage: 'Open the full page',
    compareWith: 'Compare with…',
  },
};
