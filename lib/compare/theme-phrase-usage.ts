import { corpusIndexOf } from '../corpus/corpus-index';
import type { Corpus, Phrase } from '../types';
import { createPhraseUsage, type PhraseUsage } from './create-phrase-usage';

interface Kept {
  phrases: Phrase[];
  usage: PhraseUsage[];
}

// Per corpus version, on the process (route bundles are separate module instances).
const kept: WeakMap<Corpus, Map<string, Kept>> = ((
  globalThis as { allianceTimelinePhraseUsage?: WeakMap<Corpus, Map<string, Kept>> }
).allianceTimelinePhraseUsage ??= new WeakMap());

/**
 * createPhraseUsage() over every event on the theme, in date order, found through the corpus's
 * index and worked out once per corpus version, theme and list of phrases: every comparison on
 * the theme picks its columns' uses from it.
 */
export function themePhraseUsageOf(
  corpus: Corpus,
  phrases: Phrase[],
  theme: string,
): PhraseUsage[] {
  let themes = kept.get(corpus);
  if (!themes) kept.set(corpus, (themes = new Map()));
  const found = themes.get(theme);
  if (found?.phrases === phrases) return found.usage;
  const positions = corpusIndexOf(corpus).byTheme.get(theme) ?? [];
  const events = positions.map((position) => corpus.events[position]!);
  const usage = createPhraseUsage(phrases, events, theme);
  themes.set(theme, { phrases, usage });
  return usage;
}
