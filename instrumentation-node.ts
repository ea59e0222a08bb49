// The Node.js half of instrumentation.ts: a bad corpus file stops the server with a clear message;
// then the corpus folder is followed for changes, and the link to add documents is printed.
import { corpusIndexOf } from './lib/corpus/corpus-index';
import { watchCorpus } from './lib/corpus/live-corpus';
import { loadCorpus } from './lib/corpus/load-corpus';
import { loadPhrases } from './lib/corpus/load-phrases';
import { isReadOnly, writeAccess } from './lib/http/write-access';

const started = performance.now();
try {
  const corpus = loadCorpus();
  // Indexed now, so that the first request does not wait for it.
  corpusIndexOf(corpus);
  loadPhrases(corpus.dir);
  console.log(
    `Corpus: ${corpus.events.length} events from ${corpus.dir}, ready in ${Math.round(performance.now() - started)} ms`,
  );
  watchCorpus(corpus.dir);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (isReadOnly()) {
  console.log('Read-only: documents cannot be added (ALLIANCE_TIMELINE_READ_ONLY).');
} else {
  const { token, generated } = writeAccess();
  const port = portOf(process.argv) ?? process.env.PORT ?? '3000';
  const shown = generated ? token : '<ALLIANCE_TIMELINE_TOKEN>';
  console.log(`Add documents: http://localhost:${port}/api/session?token=${shown}`);
}

/** The port `next start -p N` (or `--port N`) was given. */
function portOf(argv: string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '-p' || arg === '--port');
  return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--port='))?.slice(7);
}
