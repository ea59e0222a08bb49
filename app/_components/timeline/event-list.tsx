import { useMemo } from 'react';
import { formatDate } from '@/lib/dates/format-date';
import type { Domain } from '@/lib/timeline/domain';
import {
  createListCaption,
  LIST_LIMIT,
  listEventsInView,
} from '@/lib/timeline/list-events-in-view';
import type { TimelineEvent } from '@/lib/timeline/timeline-events';
import { KIND_LABELS, type ThemeLabel } from '@/lib/types';
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
}

/** The list view: a table of the events in the window, up to LIST_LIMIT rows. */
export function EventList({
  events,
  domain,
  include,
  dimExcluded,
  themes,
  onSelect,
}: EventListProps) {
  const inView = useMemo(
    () => listEventsInView(events, domain, include, dimExcluded),
    [events, domain, include, dimExcluded],
  );
  return (
    <table className="event-table">
      <caption>{createListCaption(inView.length)}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Kind</th>
          <th scope="col">Themes</th>
        </tr>
      </thead>
      <tbody>
        {inView.slice(0, LIST_LIMIT).map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.date}>{formatDate(event.date)}</time>
            </td>
            <td>
              <button type="button" className="link-button" onClick={() => onSelect(event.id)}>
                {event.title}
              </button>
            </td>
            <td>{KIND_LABELS[event.kind]}</td>
            <td>
              <ThemeChips ids={event.themes} themes={themes} label={`Themes of ${event.title}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
