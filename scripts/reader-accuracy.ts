// npm run reader:accuracy [-- DIR]: how well the reader reads the fixtures in DIR
// (tests/fixtures/readouts unless told), per fixture and in total, as a Markdown table for each
// language (English, then Japanese); each language is held to the targets on its own.
import path from 'node:path';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { createReadingContext } from '../lib/reader/create-reading-context';
import { formatAccuracyReport, groupByLanguage, meetsTargets } from '../lib/reader/format-accuracy';
import { measureAccuracy } from '../lib/reader/measure-accuracy';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'tests', 'fixtures', 'readouts');
  const fixtures = await measureAccuracy(dir, createReadingContext(loadCorpus()));
  process.stdout.write(`${formatAccuracyReport(fixtures)}\n`);
  if (!groupByLanguage(fixtures).every(([, group]) => meetsTargets(group))) {
    process.stderr.write(
      'below target: every date and statement count right, theme precision and recall and speakers >= 90%\n',
    );
    process.exitCode = 1;
  }
}

void main();
