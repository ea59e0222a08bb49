import { normalizeForMatching } from '../text/unify-marks';
import { narrowWidth } from '../text/narrow-width';
import { isJapanese } from './is-japanese';
import type { Theme } from '../types';
import { isNarration } from './infer-speaker';
import { isInPassing } from './is-in-passing';

/**
 * What a sentence says of each theme by its own words, in taxonomy order: the themes it speaks of,
 * and those it only names in passing (a country in a list with others, "including China").
 */
export interface SentenceThemes {
  themes: string[];
  passing: string[];
}

/** Finds the themes a sentence speaks of by its own words. */
export type ThemeMatcher = (sentence: string) => SentenceThemes;

/**
 * Builds one case-insensitive pattern per theme from its lexicon, matched from word starts. A theme
 * whose every match is a name in passing goes to `passing`, not `themes`. A Japanese sentence is
 * matched against the Japanese lexicon too (`lexiconJa`), anywhere in its words, full-width letters
 * and digits read as half-width ones.
 */
export function createThemeMatcher(themes: Theme[]): ThemeMatcher {
  const patterns = themes.map((theme) => ({
    id: theme.id,
    pattern: new RegExp(`(?<![\\p{L}\\d])(?:${theme.lexicon.join('|')})`, 'giu'),
    japanese: theme.lexiconJa?.length ? new RegExp(theme.lexiconJa.join('|'), 'iu') : null,
  }));
  const anyTheme = new RegExp(patterns.map(({ pattern }) => pattern.source).join('|'), 'iu');
  const isOnSomeTheme = (words: string) => anyTheme.test(words);
  return (sentence) => {
    const japanese = isJapanese(sentence);
    const text = japanese
      ? narrowWidth(normalizeForMatching(sentence))
      : normalizeForMatching(sentence);
    const found: SentenceThemes = { themes: [], passing: [] };
    for (const { id, pattern, japanese: patternJa } of patterns) {
      if (japanese && patternJa?.test(text)) {
        found.themes.push(id);
        continue;
      }
      const matches = [...text.matchAll(pattern)];
      if (!matches.length) continue;
      const passing = matches.every((match) =>
        isInPassing(text, match.index, match[0].length, isOnSomeTheme),
      );
      found[passing ? 'passing' : 'themes'].push(id);
    }
    return found;
  };
}

/** Words that point back to the topic of the sentence before ("such actions", "these launches"). */
const ANAPHORA =
  /\b(?:such|these|those|this) (?:actions?|acts|behaviou?rs?|activit(?:y|ies)|moves?|attempts?|provocations?|developments?|launches|threats?|efforts?|steps|measures|issues?)\b|(?:こうした|このような|これらの|かかる)(?:行動|行為|活動|動き|試み|挑発|発射|脅威|取組|措置|問題)/i;

/** A closing courtesy that carries no topic: "He looks forward to meeting ...", "... stay in close contact". */
const CLOSING =
  /\blooks? forward to\b|\b(?:remain|stay|keep) in (?:close )?(?:contact|communication)\b|\bnext meeting\b|緊密に(?:意思疎通|連絡|連携)を(?:図|取)|意思疎通を(?:継続|図)|次回の会談|再会を楽しみ/i;

/**
 * Themes for each sentence of one paragraph. Official readouts write one paragraph per topic, so:
 * a sentence with no matches of its own takes the topic of the sentence before it (or, first in
 * its paragraph, of the one after), and a sentence that points back to the topic before it
 * ("such actions") adds the themes of the sentence before to its own. A pronoun subject ("He
 * also") points back to the speaker, not the topic, so it carries no themes over. A theme named
 * only in passing counts where the paragraph gives no topic. A sentence that reports the meeting
 * or closes it ("looks forward to meeting") takes no topic from the others.
 */
export function inferParagraphThemes(sentences: string[], match: ThemeMatcher): string[][] {
  const found = sentences.map(match);
  const own = found.map(({ themes }) => themes);
  const result: string[][] = [];
  own.forEach((themes, index) => {
    const sentence = sentences[index]!.trim();
    const previous = result[index - 1] ?? [];
    if (!themes.length) {
      const borrowed =
        isNarration(sentence) || CLOSING.test(sentence)
          ? []
          : previous.length
            ? previous
            : (own.slice(index + 1).find((t) => t.length) ?? []);
      result.push(borrowed.length ? borrowed : found[index]!.passing);
    } else if (ANAPHORA.test(sentence)) {
      result.push([...new Set([...themes, ...previous])]);
    } else result.push(themes);
  });
  return result;
}
