import { readFileSync } from 'node:fs';
import { createReadingContext } from '../lib/reader/create-reading-context';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { extractDocument, type DocumentBytes } from '../lib/extract/extract-document';
import { fetchSource } from '../lib/fetch/fetch-source';
import { readDocument, type DocumentReading } from '../lib/reader/read-document';

const USAGE =
  'give the path or the official URL of a readout (.txt, .html or .pdf), e.g. npm run read -- readout.html';

/** Reads a plain-text readout from disk against the corpus, or exits with a one-line error. */
export function readFileOrExit(file: string | undefined): DocumentReading {
  if (!file) fail(USAGE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return readTextOrExit(file, text);
}

/**
 * Reads a readout from disk, or from an allowed official host when given a URL, against the
 * corpus, whatever its format (plain text, a saved HTML
 * page or a PDF, known by its content), or exits with a one-line error.
 */
export async function loadDocumentReadingOrExit(
  file: string | undefined,
): Promise<DocumentReading> {
  if (!file) fail(USAGE);
  const document = /^https?:\/\//i.test(file) ? await fetchOrExit(file) : readOrExit(file);
  if (!document.bytes.some((byte) => byte > 0x20)) fail(`${file} is empty`);
  try {
    const { text } = await extractDocument(document);
    return readTextOrExit(file, text);
  } catch (error) {
    fail(`${file}: ${oneLine(error)}`);
  }
}

/** A file's bytes, or a one-line error. */
function readOrExit(file: string): DocumentBytes {
  try {
    return { bytes: readFileSync(file), name: file };
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** A page's bytes, fetched under the same rules as the server's (allowed hosts only), or a one-line error. */
async function fetchOrExit(url: string): Promise<DocumentBytes> {
  try {
    const page = await fetchSource(url);
    return { bytes: page.bytes, contentType: page.contentType, name: page.finalUrl };
  } catch (error) {
    fail(`${url}: ${oneLine(error)}`);
  }
}

function readTextOrExit(file: string, text: string): DocumentReading {
  if (!text.trim()) fail(`${file} is empty`);
  try {
    return readDocument(text, createReadingContext(loadCorpus()));
  } catch (error) {
    fail(`${file}: ${oneLine(error)}`);
  }
}

function oneLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n').join(' ') : String(error);
}

/** Prints one line to stderr and exits with status 1. */
export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}
