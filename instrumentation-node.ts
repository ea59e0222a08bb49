// The Node.js half of instrumentation.ts: a bad corpus file stops the server with a clear message.
import { loadCorpus } from './lib/corpus/load-corpus';
import { loadPhrases } from './lib/corpus/load-phrases';

try {
  const corpus = loadCorpus();
  loadPhrases(corpus.dir);
  console.log(`Corpus: ${corpus.events.length} events from ${corpus.dir}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
