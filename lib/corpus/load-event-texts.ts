import 'server-only';
import { createReadingContext } from '../reader/create-reading-context';
import type { Corpus, EventDetail } from '../types';
import { ownTextOf, type EventText } from './event-text';
import { loadCompanionText } from './load-companion-text';
import { reshapeCompanionText } from './reshape-companion-text';

/** An event's texts in English and Japanese; null for a language the corpus does not hold. */
export interface EventTexts {
  english: EventText | null;
  /** The companion text, or the event file's own where it is written in Japanese. */
  japanese: EventText | null;
}

/**
 * The texts of an event of `corpus`: its own, and its Japanese companion (read from its file
 * when asked for) where the own text is English. A companion file that is not valid counts as
 * none; the corpus check names its problems.
 */
export function loadEventTexts(corpus: Corpus, event: EventDetail): EventTexts {
  const own = ownTextOf(event);
  if (own.language === 'ja') return { english: null, japanese: own };
  const companion = loadCompanionText(corpus.dir, event.id, 'ja');
  return {
    english: own,
    japanese: companion && reshapeCompanionText(companion, event, createReadingContext(corpus)),
  };
}
