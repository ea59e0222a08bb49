import type { EventText } from '../corpus/event-text';
import type { EventTexts } from '../corpus/load-event-texts';
import { toEventSummary } from '../corpus/to-event-summary';
import type { EventDetail, EventSummary, Provenance, Source } from '../types';
import { createLanguageComparison, type LanguageComparison } from './create-language-comparison';

/** Where one language's text of the meeting comes from. */
export interface TextOrigin {
  provenance: Provenance;
  sources: Source[];
}

/**
 * The answer of `GET /api/compare/languages`: the event, where each text comes from (null for a
 * text the corpus does not hold) and, where it holds both, the comparison. Where one is missing,
 * `missing` names its language, `message` says so, and `comparison` is null: a meeting with one
 * text is not an error, only nothing to compare.
 */
export interface LanguageCompareAnswer {
  event: EventSummary;
  english: TextOrigin | null;
  japanese: TextOrigin | null;
  comparison: LanguageComparison | null;
  missing?: 'en' | 'ja';
  message?: string;
}

/** The answer for an event and its texts (loadEventTexts()), themes in `themeOrder`. */
export function createLanguageCompareAnswer(
  event: EventDetail,
  { english, japanese }: EventTexts,
  themeOrder: string[] = [],
): LanguageCompareAnswer {
  const answer = {
    event: toEventSummary(event),
    english: english && originOf(english),
    japanese: japanese && originOf(japanese),
  };
  if (english && japanese)
    return { ...answer, comparison: createLanguageComparison(english, japanese, themeOrder) };
  const missing = english ? 'ja' : 'en';
  return {
    ...answer,
    comparison: null,
    missing,
    message: `the corpus holds no ${missing === 'ja' ? 'Japanese' : 'English'} text of ${event.id}`,
  };
}

function originOf(text: EventText): TextOrigin {
  return { provenance: text.provenance, sources: text.sources };
}
