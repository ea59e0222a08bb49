import { readFileSync } from 'node:fs';
import { createReadingContext } from '../lib/reader/create-reading-context';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { extractDocument } from '../lib/extract/extract-document';
import { readDocument, type DocumentReading } from '../lib/reader/read-document';

const USAGE = 'give the path of a readout (.txt, .html or .pdf), e.g. npm run read -- readout.html';

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
 * Reads a readout from disk against the corpus, whatever its format (plain text, a saved HTML
 * page or a PDF, known by its content), or exits with a one-line error.
 */
export async function loadDocumentReadingOrExit(
  file: string | undefined,
): Promise<DocumentReading> {
  if (!file) fail(USAGE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!bytes.some((byte) => byte > 0x20)) fail(`${file} is empty`);
  try {
    const { text } = await extractDocument({ bytes, name: file });
    return readTextOrExit(file, text);
  } catch (error) {
    fail(`${file}: ${oneLine(error)}`);
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
