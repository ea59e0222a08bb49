/** Domain types: what the app uses, reshaped from what is on disk (see corpus-schema.ts). */

/** The fixed event kinds; `KIND_LABELS` gives each a short label for the UI. */
export const KINDS = [
  'security-consultative-committee',
  'defense-ministerial',
  'leaders-summit',
  'telecon',
  'milestone',
  'anniversary',
] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  'security-consultative-committee': '“2+2”',
  'defense-ministerial': 'Defense ministerial',
  'leaders-summit': 'Leaders’ summit',
  telecon: 'Telephone call',
  milestone: 'Milestone',
  anniversary: 'Anniversary',
};

export const FORMATS = ['in-person', 'virtual', 'phone', 'ceremony'] as const;
export type Format = (typeof FORMATS)[number];

export const COUNTRIES = ['japan', 'us', 'other'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * What a source is: `publisher`, the publisher's own page (a ministry's readout); `copy`, a copy of
 * the official text hosted elsewhere (a university database, a reprint); `news`, a news report,
 * trusted only for plain facts (date, place, who, which topics).
 */
export const SOURCE_KINDS = ['publisher', 'copy', 'news'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How the UI names each kind of source, after the publisher: "Ministry of Defense (news report)". */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  publisher: 'publisher’s page',
  copy: 'copy of the official text',
  news: 'news report',
};

export const PROVENANCES = ['official-text', 'summary'] as const;
/** `official-text`: an official document kept verbatim; `summary`: the project's own words. */
export type Provenance = (typeof PROVENANCES)[number];

/** Who speaks a statement: both sides together, one side, or nobody in particular (narration). */
export const SPEAKERS = ['joint', 'japan', 'us', 'other'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export interface Theme {
  id: string;
  label: string;
  description: string;
  /** The label in Japanese, in the project's own words; absent where a corpus does not give it. */
  labelJa?: string;
  /** The description in Japanese, in the project's own words; absent where a corpus does not give it. */
  descriptionJa?: string;
  /** A CSS colour readable on light and dark backgrounds. */
  color: string;
  /**
   * Phrases (regular-expression sources, matched case-insensitively on word boundaries) against
   * text whose marks are unified (unifyMarks): write ’ for any apostrophe, “ for any double quote.
   */
  lexicon: string[];
  /**
   * Japanese phrases (regular-expression sources) for Japanese text, matched anywhere in it (a
   * Japanese word has no spaces around it), after full-width digits and letters are made
   * half-width (narrowWidth). Optional: a theme without them is found only in English.
   */
  lexiconJa?: string[];
}

/** What the UI needs to show a theme: its label (and Japanese label, where given) and colour. */
export type ThemeLabel = Pick<Theme, 'id' | 'label' | 'labelJa' | 'color'>;

export interface Participant {
  name: string;
  role: string;
  country: Country;
}

export interface Source {
  publisher: string;
  title: string;
  url: string;
  /** BCP 47 language tag, e.g. `en`, `ja`. */
  language: string;
  kind: SourceKind;
}

export interface Statement {
  /** `<event id>-s<n>`, n counting from 1 in document order. */
  id: string;
  /** The section's heading, or null for text before the first heading. */
  section: string | null;
  /** Index of the paragraph in the document, from 0. */
  paragraph: number;
  /** The sentence exactly as written. */
  text: string;
  themes: string[];
  speaker: Speaker;
  /** Ids of corpus events the sentence refers to. */
  references: string[];
  /**
   * What the reader inferred, present only where a person corrected it: `themes` where a person
   * set the statement's themes, `speaker` where a person set its speaker.
   */
  inferred?: { themes?: string[]; speaker?: Speaker };
}

/** A person's correction of one statement: the themes or speaker it should have. */
export interface StatementCorrection {
  themes?: string[];
  speaker?: Speaker;
}

export interface Section {
  title: string | null;
  paragraphs: string[];
}

export interface EventSummary {
  id: string;
  title: string;
  /**
   * A short label that tells the event apart from others of its kind ("Kishi-Austin, Pentagon",
   * "2+2 Tokyo 2021"): the file's `label` where it sets one, else the one labelOf() derives.
   */
  label: string;
  /** The title in Japanese, in the project's own words (not an official title); absent where the file does not give it. */
  titleJa?: string;
  /** The short label in Japanese ("岸・オースティン会談（米国防総省）"); absent where the file does not give it. */
  labelJa?: string;
  kind: Kind;
  /** Calendar date at the venue, `YYYY-MM-DD`. */
  date: string;
  /** Japan's calendar date where it differs from `date`. */
  japanDate?: string;
  themes: string[];
  provenance: Provenance;
  /** At least one; isNewsOnly() says whether they are all news reports. */
  sources: Source[];
  statementCount: number;
  synthetic?: boolean;
}

export interface EventDetail extends EventSummary {
  /** Local start time `HH:MM` at the venue. */
  startTime?: string;
  /** UTC offset of `startTime`, `±HH:MM`. */
  utcOffset?: string;
  durationMinutes?: number;
  place?: string;
  format?: Format;
  participants: Participant[];
  sections: Section[];
  statements: Statement[];
}

export interface Person {
  /** Full name as the project writes it (Japanese names family name first). */
  name: string;
  /** The name a readout uses on its own ("Kishi", "Austin"). */
  surname: string;
  country: Country;
  /** The full name as Japanese texts write it ("岸信夫"), where it is known for certain. */
  nameJa?: string;
  /** The name a Japanese text uses on its own ("岸", "オースティン"), where it is known for certain. */
  surnameJa?: string;
}

export interface Corpus {
  dir: string;
  themes: Theme[];
  people: Person[];
  /** In date order. */
  events: EventDetail[];
}

/** One wording of a formula phrase, e.g. "peace and stability across the Taiwan Strait". */
export interface PhraseVariant {
  /** Unique within its phrase. */
  id: string;
  /** The words; "…" stands for a few words of any kind (at most eight). */
  text: string;
}

/** A formula phrase that recurs across meetings, with the wordings it takes (phrases.json). */
export interface Phrase {
  id: string;
  label: string;
  /** The themes whose comparisons track the phrase. */
  themes: string[];
  /** In any order: where one variant's match lies inside another's ("by force" inside "by force
   * or coercion"), only the longer one counts. */
  variants: PhraseVariant[];
}
