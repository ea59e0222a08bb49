import { createEventStatements, type ReadingContext } from './create-statements';
import { findDateInText } from './parse-date-text';
import { isAttributionLine, readHeader } from './read-header';
import { inferParticipants } from './infer-participants';
import { splitSentences } from './split-sentences';
import { inferAuthor } from './infer-author';
import { inferPeople } from './infer-people';
import { inferLanguage, isJapanese } from './is-japanese';
import {
  isJapaneseBareNumber,
  parseJapaneseHeading,
  withoutJapaneseNumber,
} from './parse-japanese-heading';
import {
  inferDuration,
  inferFormat,
  inferKind,
  inferPlace,
  inferStart,
} from './infer-meeting-facts';
import type { EventDetail, Kind, Section } from '../types';

/** What the reader makes of a plain-text readout. */
export interface DocumentReading {
  /** The event as its file would hold it: the label is derived only once it is in the corpus. */
  event: Omit<EventDetail, 'label'>;
  /** The date the document was issued (its date line), `YYYY-MM-DD`. */
  issueDate: string | null;
  /** The issuing body named under the title ("Ministry of Defense"). */
  publisher: string | null;
  /** The language the document is written in, from its text: `ja` where kana and kanji prevail. */
  language: 'ja' | 'en';
}

/** Facts an event needs that a document may not say: flagged for a person, never guessed. */
export type MissingFact = 'date' | 'kind';

/** An event as far as the reader could make it out: `id`, `date` and `kind` null where missing. */
export type DraftEvent = Omit<EventDetail, 'id' | 'date' | 'kind' | 'label'> & {
  id: string | null;
  date: string | null;
  kind: Kind | null;
};

/** What the reader makes of a readout before a person checks it. */
export interface DraftReading extends Omit<DocumentReading, 'event'> {
  event: DraftEvent;
  /** What the document does not say; the event cannot be saved until a person gives it. */
  missing: MissingFact[];
}

/** Thrown for a text the reader cannot make an event of; the message says why. */
export class ReadError extends Error {
  override name = 'ReadError';
}

/**
 * Reads a plain-text official readout: the title and the lines under it (date, publisher), then
 * the body: numbered headings ("1. Regional affairs", "(2)", "II.") start sections, blank lines
 * separate paragraphs. The first paragraph gives the meeting's date ("On May 4," resolved against
 * the issue date, or "today"), start time, duration, place and participants. A readout without a
 * date is refused; one whose kind the reader cannot tell is taken for a milestone. A Japanese text
 * (more kana and kanji than isJapanese() allows in English) is read in its own forms: sentences
 * ending at 。, headings "１　冒頭" and "（１）", era dates, speakers by their Japanese names.
 */
export function readDocument(text: string, context: ReadingContext): DocumentReading {
  const draft = readDraft(text, context);
  const { date } = draft.event;
  if (!date) throw new ReadError('the document gives no date for the meeting and has no date line');
  if (draft.event.kind) return draft as DocumentReading;
  return readDraft(text, context, { kind: 'milestone' }) as DocumentReading;
}

/**
 * Reads a readout as readDocument() does, but leaves out what it cannot find (the date, the kind)
 * and says so in `missing`. `facts` stand in for what the document does not say (or says wrongly),
 * so that statements are read against the right date and named after the right id.
 * Throws ReadError for a text with no paragraph to read.
 */
export function readDraft(
  text: string,
  context: ReadingContext,
  facts: { date?: string; kind?: Kind } = {},
): DraftReading {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(cleanLine);
  // The title is the first line that is not blank; the body starts below it.
  const titleLine = lines.findIndex(Boolean);
  if (titleLine < 0) throw new ReadError('the document is empty');
  const headerEnd = lines.findIndex((line, index) => index > titleLine && isBodyLine(line));
  if (headerEnd < 0) throw new ReadError('the document has no paragraph of text under its title');
  const header = readHeader(lines.slice(0, headerEnd).filter(Boolean));
  const { title: rawTitle, issueDate, publisher } = header;
  const sections = readSections(lines.slice(headerEnd).filter((line) => !isAttributionLine(line)));
  const intro = sections[0]?.paragraphs[0] ?? '';
  const date = facts.date ?? inferMeetingDate(intro, issueDate);
  const title = rawTitle
    .replace(/\s*\((?:summary|overview|outline)\)\s*$/i, '')
    .replace(/\s*[（(](?:概要|骨子)[）)]$/, '');
  const kind = facts.kind ?? inferKind(rawTitle) ?? inferKind(`${rawTitle} ${intro}`);
  const format = inferFormat(kind, `${rawTitle} ${intro}`);
  const participants = inferParticipants(`${intro} ${rawTitle}`, context.people);
  const language = inferLanguage(text);
  const people = [...inferPeople(participants), ...context.people];
  const author = inferAuthor(rawTitle, publisher, people);
  const id = date && kind ? `${date}-${kind}` : null;
  const { statements, themes } = createEventStatements(
    id ?? 'draft',
    date ?? '',
    sections,
    participants,
    context,
    author,
  );
  const event: DraftEvent = {
    id,
    title,
    kind,
    date,
    ...inferStart(intro),
    ...optional('durationMinutes', inferDuration(intro)),
    ...optional('place', inferPlace(splitSentences(intro)[0] ?? '')),
    format,
    participants,
    themes,
    provenance: 'official-text',
    sources: [],
    statementCount: statements.length,
    sections,
    statements,
  };
  const missing = (['date', 'kind'] as const).filter((fact) => !event[fact]);
  return { event, issueDate, publisher, language, missing };
}

function cleanLine(line: string): string {
  return line.replace(/[\u00a0\u3000\t]/g, ' ').trim();
}

/** A line of running text (a sentence), as opposed to a title, date or publisher line. */
function isBodyLine(line: string): boolean {
  if (isJapanese(line)) return /[。！？]/.test(line) || (line.length > 30 && line.includes('、'));
  return (
    splitSentences(line).length > 1 || (/[.!?]["”’)]?$/.test(line) && line.split(/\s+/).length > 6)
  );
}

/** A paragraph or section number: "1.", "(2)", "II.", "(a)", "A.". */
const NUMBER = String.raw`(?:\(?\d{1,2}\)|\d{1,2}\.|\(?[ivxIVX]{1,4}[.)]|\([a-z]\)|[A-Z]\.)`;
const NUMBERED = new RegExp(`^${NUMBER}\\s+(.+)$`);
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);

/**
 * A section heading, without its number: a numbered line ("1. Regional affairs", "(2) Bilateral",
 * "II. Economy") or a short line of up to eight words with no sentence punctuation. Null otherwise,
 * and for a number alone on its line.
 */
export function parseHeading(line: string): string | null {
  if (isJapanese(line)) return parseJapaneseHeading(line);
  if (BARE_NUMBER.test(line)) return null;
  const title = (NUMBERED.exec(line)?.[1] ?? line).trim();
  if (/[.!?:;,]["”’)]?$/.test(title)) return null;
  return NUMBERED.test(line) || title.split(/\s+/).length <= 8 ? title : null;
}

/** A paragraph without the number it opens with ("1. Prime Minister ..."): the number says nothing. */
function withoutNumber(line: string): string {
  if (isJapanese(line)) return withoutJapaneseNumber(line);
  return NUMBERED.exec(line)?.[1] ?? line;
}

function isBareNumber(line: string): boolean {
  return BARE_NUMBER.test(line) || isJapaneseBareNumber(line);
}

/** Lines of one paragraph joined: Japanese wraps anywhere, with no space between its lines. */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) =>
    /[^\x00-\u02ff]$/.test(text) || /^[^\x00-\u02ff]/.test(line)
      ? `${text}${line}`
      : `${text} ${line}`,
  );
}

function readSections(lines: string[]): Section[] {
  const sections: Section[] = [{ title: null, paragraphs: [] }];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) sections.at(-1)!.paragraphs.push(joinLines(paragraph));
    paragraph = [];
  };
  for (const line of lines) {
    // A number alone on its line opens what follows: a section's title or a numbered paragraph.
    if (isBareNumber(line)) {
      flush();
      continue;
    }
    const heading = line && !paragraph.length ? parseHeading(line) : null;
    if (heading) sections.push({ title: heading, paragraphs: [] });
    else if (line) paragraph.push(paragraph.length ? line : withoutNumber(line));
    // A paragraph ends at a blank line, or at a line that ends a sentence (one line per paragraph).
    if (!line || /[.!?]["”’)]?$|[。！？][」』）)]?$/.test(line)) flush();
  }
  flush();
  return sections.filter((section) => section.title !== null || section.paragraphs.length);
}

function inferMeetingDate(intro: string, issueDate: string | null): string | null {
  const mentioned = findDateInText(intro, issueDate);
  if (mentioned) return mentioned;
  return issueDate;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
