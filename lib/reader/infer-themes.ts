import { normalizeForMatching } from '../text/unify-marks';
import type { Theme } from '../types';

/** Finds the themes a sentence speaks of by its own words, in taxonomy order. */
export type ThemeMatcher = (sentence: string) => string[];

/** Builds one case-insensitive pattern per theme from its lexicon, matched from word starts. */
export function createThemeMatcher(themes: Theme[]): ThemeMatcher {
  const patterns = themes.map((theme) => ({
    id: theme.id,
    pattern: new RegExp(`(?<![\\p{L}\\d])(?:${theme.lexicon.join('|')})`, 'iu'),
  }));
  return (sentence) => {
    const text = normalizeForMatching(sentence);
    return patterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);
  };
}

/** Words that point back to the topic of the sentence before ("such actions", "these launches"). */
const ANAPHORA =
  /\b(?:such|these|those|this) (?:actions?|acts|behaviou?rs?|activit(?:y|ies)|moves?|attempts?|provocations?|developments?|launches|threats?|efforts?|steps|measures|issues?)\b/i;

/**
 * Themes for each sentence of one paragraph. Official readouts write one paragraph per topic, so:
 * a sentence with no matches of its own takes the topic of the sentence before it (or, first in
 * its paragraph, of the one after), and a sentence that points back to the topic before it
 * ("such actions") adds the themes of the sentence before to its own. A pronoun subject ("He
 * also") points back to the speaker, not the topic, so it carries no themes over.
 */
export function inferParagraphThemes(sentences: string[], match: ThemeMatcher): string[][] {
  const own = sentences.map(match);
  const result: string[][] = [];
  own.forEach((themes, index) => {
    const previous = result[index - 1] ?? [];
    if (!themes.length) {
      result.push(previous.length ? previous : (own.slice(index + 1).find((t) => t.length) ?? []));
    } else if (ANAPHORA.test(sentences[index]!.trim())) {
      result.push([...new Set([...themes, ...previous])]);
    } else result.push(themes);
  });
  return result;
}
