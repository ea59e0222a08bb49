import { readFileSync } from 'node:fs';
import { createReadingContext } from '../lib/reader/create-reading-context';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { readDocument, type DocumentReading } from '../lib/reader/read-document';

/** Reads a readout from disk against the corpus, or exits with a one-line error. */
export function readFileOrExit(file: string | undefined): DocumentReading {
  if (!file) fail('give the path of a plain-text readout, e.g. npm run read -- readout.txt');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!text.trim()) fail(`${file} is empty`);
  try {
    return readDocument(text, createReadingContext(loadCorpus()));
  } catch (error) {
    fail(
      `${file}: ${error instanceof Error ? error.message.split('\n').join(' ') : String(error)}`,
    );
  }
}

/** Prints one line to stderr and exits with status 1. */
export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}
