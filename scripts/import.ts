// npm run import -- FILE --source URL [--source-title T] [--language en] [--source-kind publisher|copy]
// [--utc-offset -04:00]: reads a readout and writes
// data/events/<id>.md (or CORPUS_DIR's), refusing to overwrite an existing id.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eventFrontMatterSchema } from '../lib/corpus/corpus-schema';
import { formatEventFile } from '../lib/corpus/event-file';
import { japanDateOf } from '../lib/dates/japan-date';
import { defaultCorpusDir } from '../lib/corpus/load-corpus';
import { formatBody } from '../lib/corpus/parse-body';
import { fail, readFileOrExit } from './read-file';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    'source-title': { type: 'string' },
    language: { type: 'string', default: 'en' },
    'source-kind': { type: 'string', default: 'publisher' },
    'utc-offset': { type: 'string' },
  },
});

const { event, publisher } = readFileOrExit(positionals[0]);
if (!values.source) fail('give the official source URL with --source https://...');
const utcOffset = event.startTime ? values['utc-offset'] : undefined;
const japanDate = japanDateOf(event.date, event.startTime, utcOffset);
const frontMatter = {
  id: event.id,
  title: event.title,
  kind: event.kind,
  date: event.date,
  ...(japanDate ? { japanDate } : {}),
  ...(event.startTime && values['utc-offset'] ? { startTime: event.startTime } : {}),
  ...(event.startTime && values['utc-offset'] ? { utcOffset: values['utc-offset'] } : {}),
  ...(event.durationMinutes ? { durationMinutes: event.durationMinutes } : {}),
  ...(event.place ? { place: event.place } : {}),
  format: event.format,
  participants: event.participants,
  sources: [
    {
      publisher: publisher ?? 'unknown',
      title: values['source-title'] ?? event.title,
      url: values.source,
      language: values.language,
      kind: values['source-kind'],
    },
  ],
  provenance: 'official-text',
};
const checked = eventFrontMatterSchema.safeParse(frontMatter);
if (!checked.success) {
  const issue = checked.error.issues[0]!;
  fail(`${issue.path.join('.')}: ${issue.message}`);
}
const file = path.join(defaultCorpusDir(), 'events', `${event.id}.md`);
if (existsSync(file)) fail(`${file} exists already: the corpus has an event ${event.id}`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, formatEventFile(frontMatter, formatBody(event.sections)), { flag: 'wx' });
process.stdout.write(
  `wrote ${path.relative(process.cwd(), file)} (${event.statementCount} statements)\n`,
);
