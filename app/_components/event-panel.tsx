'use client';

import { useEffect, useRef } from 'react';
import type { EventDetail, ThemeLabel } from '@/lib/types';
import { KIND_LABELS } from '@/lib/types';
import { EventFacts } from './event-facts';
import { ProvenanceNote } from './provenance-note';
import { StatementList } from './statement-list';
import { ThemeChips } from './theme-chips';
import { createEventKey, useApi } from '../_lib/use-api';
import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';

interface EventPanelProps {
  id: string;
  /** The event as the server rendered it, shown without a request when it is the one asked for. */
  initial: EventDetail | null;
  themes: ThemeLabel[];
  /** Title and date of every event, to name references. */
  describe: (id: string) => { title: string; date: string } | undefined;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** A theme whose statements are highlighted (a matrix cell opened the event). */
  highlightTheme?: string | null;
  /**
   * On narrow screens, where the panel is a sheet over the page's foot: whether it shows all of the
   * event or only its title, leaving the timeline in view. Wide screens always show all of it.
   */
  expanded?: boolean;
  onToggle?: () => void;
  /** Whether the title takes focus once the event is shown (after following a reference). */
  focusTitle?: boolean;
}

/**
 * The selected event: its kind and label, facts, themes, provenance and sources (each with what it
 * is; marked where all are news reports), and its statements by section.
 */
export function EventPanel({
  id,
  initial,
  themes,
  describe,
  onSelect,
  onClose,
  highlightTheme = null,
  expanded = true,
  onToggle,
  focusTitle = false,
}: EventPanelProps) {
  const { data, error } = useApi(createEventKey(id), {
    fallbackData: initial?.id === id ? { event: initial } : undefined,
    revalidateOnFocus: false,
  });
  const event = data?.event;
  const title = useRef<HTMLHeadingElement>(null);
  const shown = Boolean(event);
  useEffect(() => {
    if (focusTitle && shown) title.current?.focus();
  }, [focusTitle, shown]);
  const referenced = Object.fromEntries(
    (event?.statements ?? [])
      .flatMap((statement) => statement.references)
      .map((ref) => [ref, describe(ref)] as const)
      .filter((entry): entry is [string, { title: string; date: string }] => Boolean(entry[1])),
  );
  return (
    <aside
      className={expanded ? 'event-panel' : 'event-panel peek'}
      aria-label="Selected event"
      aria-busy={!event && !error}
    >
      <div className="event-panel-header">
        <p className="muted">{event ? `${KIND_LABELS[event.kind]} · ${event.label}` : 'Event'}</p>
        {onToggle && (
          <button
            type="button"
            className="sheet-toggle"
            aria-expanded={expanded}
            aria-controls={event ? 'event-panel-body' : undefined}
            onClick={onToggle}
          >
            {expanded ? 'Hide details' : 'Show details'}
          </button>
        )}
        <button
          type="button"
          className="close-button"
          onClick={onClose}
          aria-label="Close the event panel"
        >
          ×
        </button>
      </div>
      {error && <p role="alert">The event could not be loaded: {String(error.message ?? error)}</p>}
      {!event && !error && <p>Loading…</p>}
      {event && (
        <>
          <h2 className="event-panel-title" ref={title} tabIndex={-1}>
            {event.title}
          </h2>
          <div className="event-panel-body" id="event-panel-body">
            <EventFacts event={event} />
            <ThemeChips ids={event.themes} themes={themes} label="Themes" />
            <ProvenanceNote event={event} />
            <p>
              <a href={`/events/${event.id}`}>Open the full page</a> ·{' '}
              <a href={createMeetingCompareUrl(event.id)}>Compare with…</a>
            </p>
            <StatementList
              statements={event.statements}
              themes={themes}
              participants={event.participants}
              referenced={referenced}
              onReference={onSelect}
              highlightTheme={highlightTheme ?? undefined}
              headingLevel={3}
            />
          </div>
        </>
      )}
    </aside>
  );
}
