import 'server-only';
import { createReadingContext } from '../reader/create-reading-context';
import type { Corpus, EventDetail } from '../types';
import { englishTextOf, type EventText } from './event-text';
import { loadCompanionText } from './load-companion-text';
import { reshapeCompanionText } from './reshape-companion-text';

/** An event's texts: its English, and its Japanese where the corpus holds it. */
export interface EventTexts {
  english: EventText;
  /** Null where the corpus holds no Japanese text of the event (or its file is not valid). */
  japanese: EventText | null;
}

/** The texts of an event of `corpus`, the Japanese read from its companion file when asked for. */
export function loadEventTexts(corpus: Corpus, event: EventDetail): EventTexts {
  const companion = loadCompanionText(corpus.dir, event.id, 'ja');
  return {
    english: englishTextOf(event),
    japanese: companion && reshapeCompanionText(companion, event, createReadingContext(corpus)),
  };
}
