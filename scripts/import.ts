// npm run import -- PATH|URL... [--source URL] [--publisher NAME] [--source-title T] [--language en]
// [--source-kind publisher|copy] [--utc-offset -04:00]: adds readouts to the corpus (data/ or
// CORPUS_DIR) through the documents service, as the API does: files (.txt, .html, .pdf, known by
// their content), folders (searched for such files) and official pages by URL. Prints a summary;
// exit status 1 if any failed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { defaultCorpusDir } from '../lib/corpus/load-corpus';
import type { DocumentInput, DocumentSource } from '../lib/documents/document-input';
import { createDocument, previewDocument } from '../lib/documents/documents';
import type { FetchPage } from '../lib/documents/load-document-text';
import type { FetchedSource } from '../lib/fetch/fetch-source';
import { fetchSource } from '../lib/fetch/fetch-source';
import { publisherOfHost } from '../lib/fetch/source-hosts';
import { SOURCE_KINDS } from '../lib/types';
import { fail } from './read-file';

/** The files a folder is searched for. */
const DOCUMENT_FILE = /\.(txt|html?|pdf)$/i;

/** What became of one file or URL. */
type Outcome =
  | { item: string; status: 'imported'; id: string }
  | { item: string; status: 'skipped'; reason: string }
  | { item: string; status: 'failed'; reason: string };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    publisher: { type: 'string' },
    'source-title': { type: 'string' },
    language: { type: 'string' },
    'source-kind': { type: 'string' },
    'utc-offset': { type: 'string' },
  },
});

if (!positionals.length)
  fail('give the files, folders or URLs to import, e.g. npm run import -- readouts/ https://...');
const kind = values['source-kind'];
if (kind && !(SOURCE_KINDS as readonly string[]).includes(kind))
  fail(`--source-kind must be one of ${SOURCE_KINDS.join(', ')}, not ${kind}`);
const items = positionals.flatMap(listItems);
if (values.source && items.length > 1)
  fail(`--source names one document’s page, but ${items.length} documents were given`);

const dir = defaultCorpusDir();
const pages = new Map<string, Promise<FetchedSource>>();
// The reading and the write each load the page: it is fetched once.
const fetchPage: FetchPage = (url) => {
  if (!pages.has(url)) pages.set(url, fetchSource(url));
  return pages.get(url)!;
};

void importAll(items).then((outcomes) => {
  process.stdout.write(summaryOf(outcomes));
  process.exitCode = outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
});

/** The documents a command-line argument stands for: a URL, a file, or a folder's files. */
function listItems(argument: string): string[] {
  if (/^https?:\/\//i.test(argument)) return [argument];
  let isFolder = false;
  try {
    isFolder = statSync(argument).isDirectory();
  } catch {
    return [argument]; // reported as failed, with the reason, where it is read
  }
  if (!isFolder) return [argument];
  return readdirSync(argument, { recursive: true, encoding: 'utf8' })
    .filter((file) => DOCUMENT_FILE.test(file))
    .sort()
    .map((file) => path.join(argument, file))
    .filter((file) => statSync(file).isFile());
}

async function importAll(list: string[]): Promise<Outcome[]> {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'Importing [{bar}] {value}/{total} {item}',
        clearOnComplete: true,
        hideCursor: true,
      })
    : null;
  bar?.start(list.length, 0, { item: '' });
  const outcomes: Outcome[] = [];
  for (const [index, item] of list.entries()) {
    bar?.update(index, { item: path.basename(item) });
    const outcome = await importOne(item);
    outcomes.push(outcome);
    if (!bar) process.stderr.write(`[${index + 1}/${list.length}] ${describe(outcome)}\n`);
  }
  bar?.update(list.length, { item: '' });
  bar?.stop();
  return outcomes;
}

async function importOne(item: string): Promise<Outcome> {
  const isUrl = /^https?:\/\//i.test(item);
  let input: Pick<DocumentInput, 'url' | 'file'>;
  if (isUrl) input = { url: item };
  else {
    let bytes: Buffer;
    try {
      bytes = readFileSync(item);
    } catch (error) {
      return { item, status: 'failed', reason: `cannot read: ${codeOf(error)}` };
    }
    input = { file: { name: path.basename(item), data: bytes.toString('base64') } };
  }
  const facts = values['utc-offset'] ? { utcOffset: values['utc-offset'] } : undefined;
  const preview = await previewDocument({ ...input, facts }, dir, { fetchPage });
  if (!preview.ok) return failed(item, preview.error);
  const { duplicate, publisher } = preview.value;
  if (duplicate) return skipped(item, duplicate.id);
  const url = values.source ?? preview.value.source?.url;
  if (!url)
    return {
      item,
      status: 'failed',
      reason:
        'no source URL: give the official page with --source https://... (one file at a time)',
    };
  const source = sourceOf(url, publisher);
  const result = await createDocument({ ...input, source, facts }, dir, { fetchPage });
  if (result.ok) return { item, status: 'imported', id: result.value.event.id };
  if (result.error.code === 'conflict') return skipped(item, result.error.message);
  return failed(item, result.error);
}

/** The source a document is saved with: the flags over what the page and its host say. */
function sourceOf(url: string, publisher: string | null): DocumentSource {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // The service names the bad URL.
  }
  return {
    url,
    publisher: values.publisher ?? publisher ?? publisherOfHost(host) ?? host,
    ...(values['source-title'] ? { title: values['source-title'] } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(kind ? { kind: kind as DocumentSource['kind'] } : {}),
  };
}

function skipped(item: string, idOrMessage: string): Outcome {
  const match = idOrMessage.match(/as "([^"]+)"/);
  return {
    item,
    status: 'skipped',
    reason: `in the corpus already, as ${match?.[1] ?? idOrMessage}`,
  };
}

function failed(item: string, error: { message: string; param: string | null }): Outcome {
  return {
    item,
    status: 'failed',
    reason: error.param ? `${error.param}: ${error.message}` : error.message,
  };
}

function describe(outcome: Outcome): string {
  return outcome.status === 'imported'
    ? `imported ${outcome.item} as ${outcome.id}`
    : `${outcome.status} ${outcome.item}: ${outcome.reason}`;
}

function summaryOf(list: Outcome[]): string {
  const of = (status: Outcome['status']) => list.filter((outcome) => outcome.status === status);
  const imported = of('imported');
  const skipped = of('skipped');
  const failures = of('failed');
  const lines = [
    `${imported.length} imported, ${skipped.length} skipped as existing, ${failures.length} failed (corpus: ${shown(dir)})`,
    ...[...imported, ...skipped, ...failures].map((outcome) => `  ${describe(outcome)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A folder as a person would type it: relative within the working folder, else absolute. */
function shown(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith('..') ? relative : path.resolve(folder);
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
