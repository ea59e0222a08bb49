import 'server-only';
import { applyCorrections } from '../corpus/apply-corrections';
import { eventFrontMatterSchema, type EventFrontMatter } from '../corpus/corpus-schema';
import { formatEventFile, parseEventFile } from '../corpus/event-file';
import { findEvent } from '../corpus/find-event';
import {
  applyEvent,
  corpusStore,
  readingContextOf,
  removeStoredEvent,
  syncWithStore,
} from '../corpus/live-corpus';
import { defaultCorpusDir, loadCorpus } from '../corpus/load-corpus';
import { formatBody, parseBody } from '../corpus/parse-body';
import { reshapeEvent } from '../corpus/reshape-event';
import { isCalendarDate } from '../dates/is-calendar-date';
import { publisherOfHost } from '../fetch/source-hosts';
import { failure, type Parsed } from '../http/api-error';
import { readDraft, ReadError, type DraftReading } from '../reader/read-document';
import type { EventDetail } from '../types';
import { allocateId } from './allocate-id';
import { createFrontMatter } from './create-front-matter';
import type {
  DocumentChange,
  DocumentFacts,
  DocumentInput,
  DocumentSource,
} from './document-input';
import { findDuplicate } from './find-duplicate';
import { mergeFrontMatter } from './merge-front-matter';
import { loadDocumentText, type FetchPage } from './load-document-text';

/** A stored document: its event as the corpus serves it, and the version to send with If-Match. */
export interface StoredDocument {
  event: EventDetail;
  etag: string;
}

/** What the reader made of a document, before anything is saved. */
export type DocumentPreview = Omit<DraftReading, 'event'> & {
  event: DraftReading['event'];
  /**
   * The source the document will be saved with: the one given, or else the page it was read from
   * (by URL, or as a saved page names itself) with the publisher the page names (else the
   * host's); null where there is neither.
   */
  source: DocumentSource | null;
  /** The event that already holds this document, where one does. */
  duplicate: { id: string; by: 'source' | 'text' } | null;
};

/** How a document service call reaches the outside world; tests give their own. */
export interface DocumentOptions {
  /** Fetches a page for a `url` input; fetchSource() by default. */
  fetchPage?: FetchPage;
}

/** Reads a document against the corpus, applying the person's facts and corrections; saves nothing. */
export async function previewDocument(
  input: DocumentInput,
  dir: string = defaultCorpusDir(),
  options: DocumentOptions = {},
): Promise<Parsed<DocumentPreview>> {
  const loaded = await loadDocumentText(input, options.fetchPage);
  if (!loaded.ok) return loaded;
  const draft = readInput(loaded.value.text, input.facts, dir);
  if (!draft.ok) return draft;
  const { event } = draft.value;
  const statements = applyCorrections(
    event.statements,
    input.corrections,
    readingContextOf(loadCorpus(dir)).themeOrder,
  );
  const source = sourceOf(input.source, loaded.value.url, draft.value.publisher);
  const duplicate = findDuplicate(loadCorpus(dir), { url: source?.url, sections: event.sections });
  return {
    ok: true,
    value: { ...draft.value, event: { ...event, statements }, source: source ?? null, duplicate },
  };
}

/**
 * Adds a document to the corpus: reads it (fetching its page where it comes by URL; the page's URL
 * is its source unless one is given), writes its event file (atomically, as the only writer of the
 * corpus) and serves it from the next request on. 409 where the corpus holds it already.
 */
export async function createDocument(
  input: DocumentInput,
  dir: string = defaultCorpusDir(),
  options: DocumentOptions = {},
): Promise<Parsed<StoredDocument>> {
  const loaded = await loadDocumentText(input, options.fetchPage);
  if (!loaded.ok) return loaded;
  const draft = readInput(loaded.value.text, input.facts, dir);
  if (!draft.ok) return draft;
  const { event, missing } = draft.value;
  if (missing.length)
    return failure(
      'unprocessable',
      `the document does not say its ${missing.join(' or ')}: give ${missing.map((fact) => `facts.${fact}`).join(' and ')}`,
      `facts.${missing[0]}`,
    );
  const source = sourceOf(input.source, loaded.value.url, draft.value.publisher);
  if (!source)
    return failure(
      'unprocessable',
      'is required: the document’s source URL and publisher',
      'source',
    );
  const store = corpusStore(dir);
  return store.exclusive(async () => {
    await syncWithStore(dir);
    const corpus = loadCorpus(dir);
    const duplicate = findDuplicate(corpus, { url: source.url, sections: event.sections });
    if (duplicate) return conflict(duplicate);
    const taken = new Set([...corpus.events.map((other) => other.id), ...(await store.list())]);
    const id = allocateId(`${event.date}-${event.kind}`, taken);
    const frontMatter = createFrontMatter(draft.value, { ...input, source }, id);
    if (!frontMatter.ok) return failure('unprocessable', frontMatter.message, frontMatter.param);
    return write(id, frontMatter.frontMatter, formatBody(event.sections), dir);
  });
}

/** The source given, or else the page the document was fetched from, published by whom it says. */
function sourceOf(
  given: DocumentSource | undefined,
  url: string | undefined,
  publisher: string | null,
): DocumentSource | undefined {
  if (given || !url) return given;
  const host = new URL(url).hostname;
  return { url, publisher: publisher ?? publisherOfHost(host) ?? host };
}

/**
 * Changes a stored document: its facts, source, text or corrections. `ifMatch` must be the ETag
 * the document was read with: 428 without it, 412 where the document changed since.
 */
export async function replaceDocument(
  id: string,
  change: DocumentChange,
  ifMatch: string | null,
  dir: string = defaultCorpusDir(),
): Promise<Parsed<StoredDocument>> {
  if (!ifMatch)
    return failure(
      'precondition_required',
      'send If-Match with the ETag the document was read with, so that no one else’s change is lost',
      'If-Match',
    );
  const store = corpusStore(dir);
  return store.exclusive(async () => {
    const current = await store.read(id);
    if (!current) return failure('not_found', `no document has the id "${id}"`, 'id');
    if (!etagMatches(ifMatch, current.etag))
      return failure(
        'precondition_failed',
        'the document has changed since it was read: read it again and repeat the change',
        'If-Match',
      );
    const stored = parseEventFile(current.text);
    const before = stored.frontMatter as EventFrontMatter;
    if (change.facts?.date && change.facts.date !== before.date)
      return failure(
        'unprocessable',
        'the date is part of the event’s id: delete the document and add it again with the new date',
        'facts.date',
      );
    let body = stored.body;
    let corrections = change.corrections ?? before.corrections;
    if (change.text !== undefined) {
      const draft = readInput(change.text, { date: before.date, kind: before.kind }, dir);
      if (!draft.ok) return draft;
      body = formatBody(draft.value.event.sections);
      // Statement numbers refer to the old text: its corrections do not carry over.
      corrections = change.corrections;
    }
    await syncWithStore(dir);
    const duplicate = findDuplicate(
      loadCorpus(dir),
      { url: change.source?.url, sections: parseBody(body) },
      id,
    );
    if (duplicate) return conflict(duplicate);
    const frontMatter = mergeFrontMatter(before, change, corrections);
    return write(id, frontMatter, body, dir);
  });
}

/** Moves a document out of the corpus (to its `deleted/` folder). 412 on a stale `ifMatch`. */
export async function deleteDocument(
  id: string,
  ifMatch: string | null,
  dir: string = defaultCorpusDir(),
): Promise<Parsed<null>> {
  const store = corpusStore(dir);
  return store.exclusive(async () => {
    const current = await store.read(id);
    if (!current) return failure('not_found', `no document has the id "${id}"`, 'id');
    if (ifMatch && !etagMatches(ifMatch, current.etag))
      return failure(
        'precondition_failed',
        'the document has changed since it was read: read it again before deleting it',
        'If-Match',
      );
    await store.delete(id);
    removeStoredEvent(id, dir);
    return { ok: true, value: null };
  });
}

/** A stored document as the corpus serves it, with its ETag; null where there is none. */
export async function readStoredDocument(
  id: string,
  dir: string = defaultCorpusDir(),
): Promise<StoredDocument | null> {
  const file = await corpusStore(dir).read(id);
  const event = file && findEvent(loadCorpus(dir), id);
  return file && event ? { event, etag: file.etag } : null;
}

function readInput(
  text: string,
  facts: DocumentFacts | undefined,
  dir: string,
): Parsed<DraftReading> {
  if (!text.trim()) return failure('unprocessable', 'is empty: paste the readout’s text', 'text');
  const date = facts?.date && isCalendarDate(facts.date) ? facts.date : undefined;
  try {
    const draft = readDraft(text, readingContextOf(loadCorpus(dir)), { date, kind: facts?.kind });
    if (!draft.event.statementCount)
      return failure('unprocessable', 'has no sentence the reader can use', 'text');
    return { ok: true, value: draft };
  } catch (error) {
    if (error instanceof ReadError) return failure('unprocessable', error.message, 'text');
    throw error;
  }
}

/**
 * Validates a document's front matter and reads its body as the corpus will (a person's
 * corrections included), then writes the file and serves the event. 422 naming the field where
 * either fails; nothing is written then.
 */
async function write(
  id: string,
  frontMatter: object,
  body: string,
  dir: string,
): Promise<Parsed<StoredDocument>> {
  const valid = eventFrontMatterSchema.safeParse(frontMatter);
  if (!valid.success) {
    const issue = valid.error.issues[0]!;
    return failure('unprocessable', issue.message, paramOfField(issue.path.join('.')));
  }
  const problems: string[] = [];
  const event = reshapeEvent(valid.data, body, readingContextOf(loadCorpus(dir)), problems);
  if (problems.length) {
    // reshapeEvent() names the field first: "corrections.s3.themes.0: ... is not a theme".
    const [field = '', ...message] = problems[0]!.split(': ');
    return failure('unprocessable', message.join(': '), paramOfField(field));
  }
  const file = await corpusStore(dir).put(id, formatEventFile(frontMatter, body));
  applyEvent(event, dir);
  return { ok: true, value: { event, etag: file.etag } };
}

function paramOfField(field: string): string {
  if (field.startsWith('corrections')) return field;
  if (field.startsWith('sources')) return 'source';
  return `facts.${field}`;
}

function conflict({ id, by }: { id: string; by: 'source' | 'text' }): Parsed<never> {
  return by === 'source'
    ? failure(
        'conflict',
        `the corpus already holds a document from this source, as "${id}"`,
        'source.url',
      )
    : failure('conflict', `the corpus already holds this text, as "${id}"`, 'text');
}

function etagMatches(ifMatch: string, etag: string): boolean {
  return ifMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag);
}
