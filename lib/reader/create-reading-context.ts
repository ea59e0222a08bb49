import type { ReadingContext } from './create-statements';
import { createThemeMatcher, type ThemeMatcher } from './infer-themes';
import type { Corpus, Theme } from '../types';
import { themeIdsOf } from '../corpus/theme-ids-of';

/** One matcher per taxonomy: versions of a corpus that differ only in their events share it. */
const matchers = new WeakMap<Theme[], ThemeMatcher>();

/** What the reader needs of a loaded corpus to read a new document against it. */
export function createReadingContext(corpus: Corpus): ReadingContext {
  return {
    matchThemes: matcherOf(corpus.themes),
    themeOrder: themeIdsOf(corpus.themes),
    people: corpus.people,
    events: corpus.events,
  };
}

function matcherOf(themes: Theme[]): ThemeMatcher {
  let matcher = matchers.get(themes);
  if (!matcher) {
    matcher = createThemeMatcher(themes);
    matchers.set(themes, matcher);
  }
  return matcher;
}
