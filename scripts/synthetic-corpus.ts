// npm run corpus:synthetic -- --events N --out DIR [--seed S]: writes a synthetic corpus of N
// invented events (clearly marked synthetic) in the corpus format, for benchmarks and scale tests.
// Serve it with CORPUS_DIR=DIR npm start.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createSyntheticEvents } from '../lib/corpus/create-synthetic-events';
import { formatEventFile } from '../lib/corpus/event-file';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { fail } from './read-file';

const { values } = parseArgs({
  options: {
    events: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(values.events);
if (!Number.isInteger(count) || count < 1)
  fail('give the number of events with --events N (a whole number, 1 or more)');
if (!values.out) fail('give the folder to write with --out DIR');
const seed = Number(values.seed);
if (!Number.isFinite(seed)) fail(`--seed must be a number, not "${values.seed}"`);

const out = path.resolve(values.out);
const source = loadCorpus();
mkdirSync(path.join(out, 'events'), { recursive: true });
copyFileSync(path.join(source.dir, 'themes.json'), path.join(out, 'themes.json'));
copyFileSync(path.join(source.dir, 'people.json'), path.join(out, 'people.json'));
for (const { frontMatter, body } of createSyntheticEvents(count, source.themes, seed)) {
  writeFileSync(
    path.join(out, 'events', `${frontMatter.id}.md`),
    formatEventFile(frontMatter, body),
  );
}
console.log(`wrote ${count} synthetic events to ${out}`);
