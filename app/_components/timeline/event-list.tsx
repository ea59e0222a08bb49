import { useMemo } from 'react';
import type { Domain } from '@/lib/timeline/domain';
import {
  createListCaption,
  LIST_LIMIT,
  listEventsInView,
} from '@/lib/timeline/list-events-in-view';
import { formatDayIn } from '@/lib/timeline/format-utc-in';
import { nameLangOf } from '@/lib/timeline/localize-timeline';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { fillIn } from '@/lib/text/fill-in';
import type { TimelineWords } from '@/lib/timeline/timeline-words';
import type { ThemeLabel } from '@/lib/types';
import { ThemeChips } from '../theme-chips';

interface EventListProps {
  /** Events in date order. */
  events: TimelineEvent[];
  /** The window whose events are listed. */
  domain: Domain;
  /** Which events match the theme filter; every event where null. */
  include: ((event: TimelineEvent) => boolean) | null;
  /** List the events that do not match too (the timeline shows them faintly). */
  dimExcluded: boolean;
  themes: ThemeLabel[];
  onSelect: (id: string) => void;
  /** The table's words; events and themes come named in the page's language. */
  words: TimelineWords;
}

/** The list view: a table of the events in the window, up to LIST_LIMIT rows. */
export function EventList({
  events,
  domain,
  include,
  dimExcluded,
  themes,
  onSelect,
  words,
}: EventListProps) {
  const inView = useMemo(
    () => listEventsInView(events, domain, include, dimExcluded),
    [events, domain, include, dimExcluded],
  );
  return (
    <table className="event-table">
      <caption>{createListCaption(inView.length, words)}</caption>
      <thead>
        <tr>
          <th scope="col">{words.listDate}</th>
          <th scope="col">{words.listEvent}</th>
          <th scope="col">{words.listKind}</th>
          <th scope="col">{words.listThemes}</th>
        </tr>
      </thead>
      <tbody>
        {inView.slice(0, LIST_LIMIT).map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.date}>{formatDayIn(event.date, words.language)}</time>
            </td>
            <td>
              <button
                type="button"
                className="link-button"
                lang={nameLangOf(event.id, words)}
                onClick={() => onSelect(event.id)}
              >
                {event.title}
              </button>
            </td>
            <td>{words.kinds[event.kind]}</td>
            <td>
              <ThemeChips
                ids={event.themes}
                themes={themes}
                label={fillIn(words.themesOf, { title: event.title })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
