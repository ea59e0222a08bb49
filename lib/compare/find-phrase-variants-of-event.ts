import type { PhraseUsage } from './create-phrase-usage';
import type { PhraseVariant } from '../types';

/** A variant an event used, and whether it was the first event in the corpus to use it. */
export interface EventVariant extends PhraseVariant {
  first: boolean;
}

/** The variants of a phrase one event used, in the phrase's order, each once. */
export function findPhraseVariantsOfEvent(phrase: PhraseUsage, eventId: string): EventVariant[] {
  const uses = phrase.uses.filter((use) => use.event === eventId);
  return phrase.variants
    .filter((variant) => uses.some((use) => use.variant === variant.id))
    .map((variant) => ({
      ...variant,
      first: uses.some((use) => use.variant === variant.id && use.first),
    }));
}
