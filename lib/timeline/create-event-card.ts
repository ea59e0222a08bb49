import { formatDate } from '../dates/format-date';
import type { ThemeLabel } from '../types';
import type { TimelineEvent } from './timeline-events';

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

/** The card of an event: its dates in both calendars, title, participants and themes. */
export function createEventCard(event: TimelineEvent, themes: readonly ThemeLabel[]): EventCard {
  return {
    date: formatDate(event.date),
    japanDate: event.japanDate ? `${formatDate(event.japanDate)} in Japan` : null,
    title: event.title,
    participants: event.participants?.length ? event.participants.join(', ') : null,
    themes: themes.filter((theme) => event.themes.includes(theme.id)),
  };
}
