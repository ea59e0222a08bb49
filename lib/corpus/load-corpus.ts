import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ReadingContext } from '../reader/create-statements';
import { invalidUtf8Offset } from '../text/invalid-utf8-offset';
import {
  CORPUS_PARSE_OPTIONS,
  eventFrontMatterSchema,
  MAX_EVENT_FILE_BYTES,
  peopleFileSchema,
  themeFileSchema,
  type EventFrontMatter,
} from './corpus-schema';
import { adoptWordIndex, corpusIndexOf } from './corpus-index';
import { defaultSnapshotPlace, loadCorpusSnapshot, saveCorpusSnapshot } from './corpus-snapshot';
import { parseEventFile } from './event-file';
import { parseCompanionFileName } from './companion-file';
import { checkCompanionTexts } from './load-companion-text';
import { findQuotationProblems } from './find-quotation-problems';
import { createReadingContext } from '../reader/create-reading-context';
import { reshapeEvent } from './reshape-event';
import type { Corpus, EventDetail, Person, Theme } from '../types';

/** A corpus that failed validation; `problems` name the file, the field and what is wrong. */
export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(`The corpus is not valid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'CorpusError';
  }
}

/** The corpus folder: `CORPUS_DIR` where set, else `data/` in the working directory. */
export function defaultCorpusDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.CORPUS_DIR ||
      path.join(/*turbopackIgnore: true*/ process.cwd(), 'data'),
  );
}

/**
 * One cache for the whole process: the server loads route bundles and instrumentation as separate
 * module instances, which would otherwise each read the corpus again.
 */
const cache: Map<string, Corpus> = ((
  globalThis as { allianceTimelineCorpora?: Map<string, Corpus> }
).allianceTimelineCorpora ??= new Map());

/**
 * Loads and validates the corpus once per folder; later calls return the same object. A production
 * server takes the snapshot of the corpus it read last where no file has changed since (see
 * corpus-snapshot.ts), and keeps one after reading the files.
 */
export function loadCorpus(dir: string = defaultCorpusDir()): Corpus {
  let corpus = cache.get(dir);
  if (!corpus) {
    corpus = recallOrReadCorpus(dir);
    cache.set(dir, corpus);
  }
  return corpus;
}

function recallOrReadCorpus(dir: string): Corpus {
  const place = defaultSnapshotPlace();
  const saved = loadCorpusSnapshot(dir, place);
  if (saved) {
    adoptWordIndex(saved.corpus, saved.words);
    return saved.corpus;
  }
  const corpus = readCorpus(dir);
  if (place) saveCorpusSnapshot({ corpus, words: corpusIndexOf(corpus).text }, place);
  return corpus;
}

/** Puts a new version of a folder's corpus in place: every later loadCorpus(dir) returns it. */
export function replaceCorpus(corpus: Corpus): void {
  cache.set(corpus.dir, corpus);
}

/** Reads and validates every file of a corpus folder. Throws CorpusError listing every problem. */
export function readCorpus(dir: string): Corpus {
  const problems: string[] = [];
  const themes = readJson(dir, 'themes.json', themeFileSchema, problems)?.themes ?? [];
  const people =
    readJson(dir, 'people.json', peopleFileSchema, problems, { people: [] })?.people ?? [];
  const files = readEventFiles(dir, problems);
  if (!problems.length)
    checkCompanionTexts(dir, new Set(files.map((f) => f.frontMatter.id)), problems);
  if (problems.length) throw new CorpusError(problems);
  const context: ReadingContext = {
    ...createReadingContext({ dir, themes, people, events: [] }),
    events: files.map(({ frontMatter }) => frontMatter),
  };
  const events = files
    .map((file) => {
      const reshapeProblems: string[] = [];
      const event = reshapeEvent(file.frontMatter, file.body, context, reshapeProblems);
      problems.push(...reshapeProblems.map((problem) => `${displayPath(file.path)}: ${problem}`));
      return event;
    })
    .sort(compareEvents);
  if (problems.length) throw new CorpusError(problems);
  return { dir, themes: themes as Theme[], people: people as Person[], events };
}

/** An event file read and validated: where it is, its front matter and its body. */
export interface EventFile {
  path: string;
  frontMatter: EventFrontMatter;
  body: string;
}

/** Corpus order: by date, then id. */
export function compareEvents(a: EventDetail, b: EventDetail): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

function readEventFiles(dir: string, problems: string[]): EventFile[] {
  const folder = path.join(dir, 'events');
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith('.md') && !parseCompanionFileName(name))
      .sort();
  } catch {
    problems.push(`${displayPath(folder)}: the events folder cannot be read`);
    return [];
  }
  const files: EventFile[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const file = readEventFile(path.join(folder, name), problems);
    if (!file) continue;
    const expected = `${file.frontMatter.id}.md`;
    if (name !== expected)
      problems.push(
        `${displayPath(path.join(folder, name))}: id: "${file.frontMatter.id}" must match the file name (${expected})`,
      );
    else if (seen.has(file.frontMatter.id))
      problems.push(
        `${displayPath(path.join(folder, name))}: id: "${file.frontMatter.id}" is used twice`,
      );
    seen.add(file.frontMatter.id);
    files.push(file);
  }
  return files;
}

function readEventFile(file: string, problems: string[]): EventFile | null {
  try {
    return parseEventText(file, decodeCorpusFile(readFileSync(file)), problems);
  } catch (error) {
    problems.push(
      `${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/**
 * One event file's text, split and validated (a summary's body may quote only short phrases);
 * null with `problems` (naming `file` and the field) where it is not valid.
 */
export function parseEventText(file: string, text: string, problems: string[]): EventFile | null {
  try {
    checkEventText(text);
    const parts = parseEventFile(text);
    const result = eventFrontMatterSchema.safeParse(parts.frontMatter, CORPUS_PARSE_OPTIONS);
    if (!result.success) {
      problems.push(...describeIssues(file, result.error));
      return null;
    }
    if (!parts.body.trim()) {
      problems.push(`${displayPath(file)}: body: is empty; the event needs its text`);
      return null;
    }
    const quoting = result.data.provenance === 'summary' ? findQuotationProblems(parts.body) : [];
    if (quoting.length) {
      problems.push(...quoting.map((problem) => `${displayPath(file)}: ${problem}`));
      return null;
    }
    return { path: file, frontMatter: result.data, body: parts.body };
  } catch (error) {
    problems.push(
      `${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/** A corpus file's bytes that are not text the corpus takes; the message says where. */
class CorpusFileError extends Error {}

/** A corpus file's text: its bytes must be UTF-8, and the message names the first that is not. */
export function decodeCorpusFile(bytes: Uint8Array): string {
  const offset = invalidUtf8Offset(bytes);
  if (offset !== null)
    throw new CorpusFileError(
      `is not valid UTF-8: byte ${offset} (0x${bytes[offset]!.toString(16).padStart(2, '0')}) begins no UTF-8 character; save the file as UTF-8`,
    );
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * What an event file must be before it is parsed: at most MAX_EVENT_FILE_BYTES, and free of
 * U+FFFD, the mark a conversion from another encoding leaves where it could not read a byte.
 */
function checkEventText(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_EVENT_FILE_BYTES)
    throw new CorpusFileError(
      `is ${formatKilobytes(bytes)}; an event file may be at most ${formatKilobytes(MAX_EVENT_FILE_BYTES)}`,
    );
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0)
    throw new CorpusFileError(
      `holds U+FFFD, the replacement character, at character ${replaced}: a byte that was not UTF-8 was lost when the file was converted or read`,
    );
}

function formatKilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** Reads and validates one JSON file of the corpus; problems go to `problems`, naming file and field. */
export function readJson<T extends z.ZodType>(
  dir: string,
  name: string,
  schema: T,
  problems: string[],
  fallback?: z.infer<T>,
): z.infer<T> | null {
  const file = path.join(dir, name);
  let text: string;
  try {
    text = decodeCorpusFile(readFileSync(file));
  } catch (error) {
    if (error instanceof CorpusFileError) {
      problems.push(`${displayPath(file)}: ${error.message}`);
      return null;
    }
    if (fallback !== undefined) return fallback;
    problems.push(`${displayPath(file)}: the file is missing or cannot be read`);
    return null;
  }
  try {
    const result = schema.safeParse(JSON.parse(text), CORPUS_PARSE_OPTIONS);
    if (result.success) return result.data;
    problems.push(...describeIssues(file, result.error));
  } catch (error) {
    problems.push(`${displayPath(file)}: is not valid JSON: ${(error as Error).message}`);
  }
  return null;
}

/** One line per problem: "data/events/x.md: participants.0.country: Invalid option ...". */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(front matter)';
    return `${displayPath(file)}: ${field}: ${issue.message}`;
  });
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
