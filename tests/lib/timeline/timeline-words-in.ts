import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import type { TimelineLanguage, TimelineWords } from '@/lib/timeline/timeline-words';

/**
 * The timeline's words as the server gives them for a language (timelineWordsOf: templates kept
 * for the client to fill), with the corpus's names given in `names`.
 */
export function timelineWordsIn(
  language: TimelineLanguage,
  names: Partial<Pick<TimelineWords, 'themes' | 'events'>> = {},
): TimelineWords {
  const messages = language === 'ja' ? ja : en;
  return {
    language,
    ...messages.timeline,
    kinds: messages.kinds,
    themes: names.themes ?? {},
    events: names.events ?? {},
  };
}
