// npm run corpus:check (and before every build): validates the corpus; a bad file stops the build
// with a message naming the file, the field and what is wrong.
import { CorpusError, inferCorpusDir, readCorpus } from '../lib/load-corpus';

try {
  const corpus = readCorpus(inferCorpusDir());
  const statements = corpus.events.reduce((sum, event) => sum + event.statementCount, 0);
  console.log(
    `Corpus OK: ${corpus.events.length} events, ${statements} statements (${corpus.dir})`,
  );
} catch (error) {
  console.error(
    error instanceof CorpusError ? error.message : `The corpus cannot be read: ${error}`,
  );
  process.exit(1);
}
