import type { ReadingContext } from './create-statements';
import { createThemeMatcher } from './infer-themes';
import type { Corpus } from '../types';
import { themeIdsOf } from '../corpus/theme-ids-of';

/** What the reader needs of a loaded corpus to read a new document against it. */
export function createReadingContext(corpus: Corpus): ReadingContext {
  return {
    matchThemes: createThemeMatcher(corpus.themes),
    themeOrder: themeIdsOf(corpus.themes),
    people: corpus.people,
    events: corpus.events,
  };
}
