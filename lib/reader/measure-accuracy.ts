import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../extract/extract-document';
import type { ReadingContext } from './create-statements';
import { readDocument } from './read-document';
import { inferLanguage } from './is-japanese';
import { scoreReading, type ReadingFacts, type ReadingScore } from './score-reading';

/** One fixture's score, or why it could not be read. */
export interface FixtureScore {
  /** The fixture's file name without its extensions ("mofa-telecon"). */
  name: string;
  /** The shape of document it stands for, as its expected reading names it (else its name). */
  shape: string;
  /** The input read beside the expected reading ("mofa-telecon.txt"). */
  input: string;
  /** The language of the input's text (`en` where it could not be extracted). */
  language: 'ja' | 'en';
  score: ReadingScore;
  /** The reader's or extractor's message where the fixture could not be read at all. */
  error?: string;
}

/** The inputs a fixture may come as, tried in this order. */
const INPUT_EXTENSIONS = ['.txt', '.html', '.pdf'];

const SUFFIX = '.expected.json';

/**
 * Reads every `<name>.expected.json` in `dir` with its sibling input (`<name>.txt`, `.html` or
 * `.pdf`, extracted as an upload would be) and scores the reading against it, in file-name order.
 * A fixture whose input is missing is left out; one the reader refuses scores nothing right.
 */
export async function measureAccuracy(
  dir: string,
  context: ReadingContext,
): Promise<FixtureScore[]> {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
  const scores: FixtureScore[] = [];
  for (const name of names) {
    const input = INPUT_EXTENSIONS.map((ext) => name + ext).find((file) =>
      existsSync(path.join(dir, file)),
    );
    if (!input) continue;
    scores.push(await measureFixture(dir, name, input, context));
  }
  return scores;
}

async function measureFixture(
  dir: string,
  name: string,
  input: string,
  context: ReadingContext,
): Promise<FixtureScore> {
  const expected = parseExpected(readFileSync(path.join(dir, name + SUFFIX), 'utf8'));
  const shape = expected.shape ?? name;
  let language: FixtureScore['language'] = 'en';
  try {
    const { text } = await extractDocument({
      bytes: new Uint8Array(readFileSync(path.join(dir, input))),
      name: input,
    });
    language = inferLanguage(text);
    const { event } = readDocument(text, context);
    return { name, shape, input, language, score: scoreReading(event, expected) };
  } catch (error) {
    const nothing: ReadingFacts = { date: null, kind: null, statements: [] };
    const message = error instanceof Error ? error.message : String(error);
    return { name, shape, input, language, score: scoreReading(nothing, expected), error: message };
  }
}

function parseExpected(json: string): ReadingFacts & { shape?: string } {
  const raw = JSON.parse(json) as Partial<ReadingFacts> & { shape?: string };
  return {
    shape: raw.shape,
    date: raw.date ?? null,
    kind: raw.kind ?? null,
    statements: raw.statements ?? [],
  };
}
