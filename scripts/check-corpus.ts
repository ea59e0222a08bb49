// npm run corpus:check (and before every build): validates the corpus; a bad file stops the build
// with a message naming the file, the field and what is wrong.
import { CorpusError, defaultCorpusDir, readCorpus } from '../lib/corpus/load-corpus';
import { readPhrases } from '../lib/corpus/load-phrases';
import { themeIdsOf } from '../lib/corpus/theme-ids-of';

try {
  const corpus = readCorpus(defaultCorpusDir());
  const phrases = readPhrases(corpus.dir, themeIdsOf(corpus.themes));
  const statements = corpus.events.reduce((sum, event) => sum + event.statementCount, 0);
  console.log(
    `Corpus OK: ${corpus.events.length} events, ${statements} statements, ${phrases.length} formula phrases (${corpus.dir})`,
  );
} catch (error) {
  console.error(
    error instanceof CorpusError ? error.message : `The corpus cannot be read: ${error}`,
  );
  process.exit(1);
}
