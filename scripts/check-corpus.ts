// npm run corpus:check (and before every build): validates the corpus; a bad file stops the build
// with a message naming the file, the field and what is wrong. Besides what the loader checks in
// each file (UTF-8 bytes, naming the offset of the first that is not; at most 256 KB; no U+FFFD;
// the schema, with "is required" for a missing field; well-formed https sources with their kind;
// short quotations in summaries), two events of the same date and kind must have labels that
// tell them apart.
import { CorpusError, defaultCorpusDir, readCorpus } from '../lib/corpus/load-corpus';
import { findLabelClashes } from '../lib/corpus/find-label-clashes';
import { isNewsOnly } from '../lib/corpus/is-news-only';
import { readPhrases } from '../lib/corpus/load-phrases';
import { themeIdsOf } from '../lib/corpus/theme-ids-of';

try {
  const corpus = readCorpus(defaultCorpusDir());
  const clashes = findLabelClashes(corpus.events);
  if (clashes.length) throw new CorpusError(clashes);
  const phrases = readPhrases(corpus.dir, themeIdsOf(corpus.themes));
  const statements = corpus.events.reduce((sum, event) => sum + event.statementCount, 0);
  const newsOnly = corpus.events.filter(isNewsOnly).length;
  console.log(
    `Corpus OK: ${corpus.events.length} events, ${statements} statements, ${phrases.length} formula phrases (${corpus.dir}); ${newsOnly} of the events rest on news reports only`,
  );
} catch (error) {
  console.error(
    error instanceof CorpusError ? error.message : `The corpus cannot be read: ${error}`,
  );
  process.exit(1);
}
