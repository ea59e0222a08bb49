import type { ThemeLabel } from '../types';
import { formatDayIn } from './format-utc-in';
import type { TimelineEvent } from './timeline-events';
import { fillIn } from '../text/fill-in';
import type { TimelineWords } from './timeline-words';

/** What the card shown on hovering or focusing a mark says of its event. */
export interface EventCard {
  /** "4 May 2022", the date at the venue. */
  date: string;
  /** "5 May 2022 in Japan", where the day in Japan differs; else null. */
  japanDate: string | null;
  title: string;
  /** The participants' names, or null for none. */
  participants: string | null;
  /** The event's themes, as the filter names them, in the filter's order. */
  themes: ThemeLabel[];
}

/**
 * The card of an event, in the words' language: its dates in both calendars, title, participants
 * and themes (named as `themes` names them).
 */
export function createEventCard(
  event: TimelineEvent,
  themes: readonly ThemeLabel[],
  words: Pick<TimelineWords, 'inJapan' | 'language'>,
): EventCard {
  const { language } = words;
  return {
    date: formatDayIn(event.date, language),
    japanDate: event.japanDate
      ? fillIn(words.inJapan, { date: formatDayIn(event.japanDate, language) })
      : null,
    title: event.title,
    participants: event.participants?.length
      ? event.participants.join(language === 'ja' ? '、' : ', ')
      : null,
    themes: themes.filter((theme) => event.themes.includes(theme.id)),
  };
}
