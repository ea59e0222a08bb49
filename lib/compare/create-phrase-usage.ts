import { matchPhraseVariantsInWords } from './match-phrase-variants';
import { selectThemeStatements } from './select-theme-statements';
import { tokenizeForPhrases } from './tokenize-for-phrases';
import type { EventDetail, Phrase, PhraseVariant } from '../types';

/** One statement's use of a variant of a formula phrase. */
export interface PhraseUse {
  event: string;
  statement: string;
  variant: string;
  /** True for the earliest event in the given events to use this variant (each of its statements). */
  first: boolean;
}

/** A formula phrase and where the events used each of its variants, in date order. */
export interface PhraseUsage {
  id: string;
  label: string;
  variants: PhraseVariant[];
  uses: PhraseUse[];
}

/**
 * Which variant of each phrase tracked for the theme the events used, in their statements on the
 * theme. Pass every event on the theme, in date order, so that `first` means first in the corpus.
 */
export function createPhraseUsage(
  phrases: Phrase[],
  events: EventDetail[],
  theme: string,
): PhraseUsage[] {
  const statements = events.flatMap((event) =>
    selectThemeStatements(event, theme).map((statement) => ({
      event: event.id,
      statement: statement.id,
      words: tokenizeForPhrases(statement.text),
    })),
  );
  return phrases
    .filter((phrase) => phrase.themes.includes(theme))
    .map((phrase) => {
      const uses = statements.flatMap(({ event, statement, words }) =>
        matchPhraseVariantsInWords(phrase, words).map((variant) => ({ event, statement, variant })),
      );
      const firstEvents = findFirstEvents(uses);
      return {
        id: phrase.id,
        label: phrase.label,
        variants: phrase.variants,
        uses: uses.map((use) => ({ ...use, first: firstEvents.get(use.variant) === use.event })),
      };
    });
}

/** Variant id → the event that used it first (uses are in date order). */
function findFirstEvents(uses: Omit<PhraseUse, 'first'>[]): Map<string, string> {
  const firstEvents = new Map<string, string>();
  for (const { variant, event } of uses)
    if (!firstEvents.has(variant)) firstEvents.set(variant, event);
  return firstEvents;
}
