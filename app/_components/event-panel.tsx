'use client';

import { useEffect, useRef } from 'react';
import type { EventDetail, ThemeLabel } from '@/lib/types';
import { localizePath } from '@/i18n/localize-path';
import { eventLabelIn, eventTitleIn } from '@/lib/corpus/words-in';
import { fillIn } from '@/lib/text/fill-in';
import { EventFacts } from './event-facts';
import { ENGLISH_EVENT_WORDS, type EventWords } from './event-words';
import { ProvenanceNote } from './provenance-note';
import { StatementList } from './statement-list';
import { ThemeChips } from './theme-chips';
import { createEventKey, useApi } from '../_lib/use-api';
import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';

/** Props of EventPanel. */
export interface EventPanelProps {
  id: string;
  /** The event as the server rendered it, shown without a request when it is the one asked for. */
  initial: EventDetail | null;
  themes: ThemeLabel[];
  /** Title (in the page's language where known) and date of every event, to name references. */
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
  /**
   * The page language's words (eventWordsOf() on the server), for the panel and the event's facts,
   * provenance and statements; English by default. Themes show `labelJa` where `themes` hold it.
   */
  words?: EventWords;
}

/**
 * The selected event: its kind and label, facts, themes, provenance and sources (each with what it
 * is; marked where all are news reports), and its statements by section. Its code comes with the
 * dashboard's: a page served with an event selected shows the panel in its first paint, where code
 * loaded on demand would have made the server stream it in after the rest.
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
  words = ENGLISH_EVENT_WORDS,
}: EventPanelProps) {
  const served = initial?.id === id ? { event: initial } : undefined;
  const { data, error } = useApi(createEventKey(id), {
    fallbackData: served,
    // The event the page was served with was read for this very page: it is not asked for again
    // on mounting (a later change to the corpus shows on the next page load).
    revalidateOnMount: !served,
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
  const t = words.panel;
  const { locale } = words;
  const label = event && eventLabelIn(event, locale);
  const eventTitle = event && eventTitleIn(event, locale);
  return (
    <aside
      className={expanded ? 'event-panel' : 'event-panel peek'}
      aria-label={t.label}
      aria-busy={!event && !error}
    >
      <div className="event-panel-header">
        <p className="muted">
          {event && label ? (
            <>
              {`${words.kinds[event.kind]} · `}
              {label.lang === locale ? label.text : <span lang={label.lang}>{label.text}</span>}
            </>
          ) : (
            t.event
          )}
        </p>
        {onToggle && (
          <button
            type="button"
            className="sheet-toggle"
            aria-expanded={expanded}
            aria-controls={event ? 'event-panel-body' : undefined}
            onClick={onToggle}
          >
            {expanded ? t.hideDetails : t.showDetails}
          </button>
        )}
        <button type="button" className="close-button" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </div>
      {error && (
        <p role="alert">{fillIn(t.loadError, { message: String(error.message ?? error) })}</p>
      )}
      {!event && !error && <p>{t.loading}</p>}
      {event && eventTitle && (
        <>
          <h2
            className="event-panel-title"
            ref={title}
            tabIndex={-1}
            lang={eventTitle.lang === locale ? undefined : eventTitle.lang}
          >
            {eventTitle.text}
          </h2>
          <div className="event-panel-body" id="event-panel-body">
            <EventFacts event={event} words={words} />
            <ThemeChips ids={event.themes} themes={themes} label={t.themes} locale={locale} />
            <ProvenanceNote event={event} words={words} />
            <p>
              <a href={localizePath(`/events/${event.id}`, locale)}>{t.openFullPage}</a> ·{' '}
              <a href={localizePath(createMeetingCompareUrl(event.id), locale)}>{t.compareWith}</a>
            </p>
            <StatementList
              statements={event.statements}
              themes={themes}
              participants={event.participants}
              referenced={referenced}
              onReference={onSelect}
              highlightTheme={highlightTheme ?? undefined}
              headingLevel={3}
              words={words}
            />
          </div>
        </>
      )}
    </aside>
  );
}
