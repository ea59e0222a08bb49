'use client';

import { useRouter } from 'next/navigation';
import { useId, useOptimistic, useState, useTransition } from 'react';
import { ThemeOptions } from '@/app/_components/theme-options';
import { useLocaleHref } from '@/app/_lib/locale-link';
import { createCompareUrl, type CompareState } from '@/lib/compare/create-compare-url';
import { fillIn } from '@/lib/text/fill-in';

/** An event the picker offers: its id, title and date in words. */
export interface PickerEvent {
  id: string;
  /** In the page's language. */
  title: string;
  /** In the page's language: "4 May 2022", "2022年5月4日". */
  dateLabel: string;
  /** `YYYY-MM-DD`, also searchable. */
  date: string;
}

/**
 * The controls' words in the page's language (compareControlsWordsOf()); `{date}`, `{title}`,
 * `{shown}`, `{total}` and `{filter}` stand for what the client fills in.
 */
export interface CompareControlsWords {
  theme: string;
  compareAgainst: string;
  eachPrevious: string;
  /** "baseline: {date}, {title}". */
  baselineOption: string;
  layout: string;
  sideBySide: string;
  inline: string;
  ignore: string;
  officialOnly: string;
  /** "Events ({shown} of {total})". */
  events: string;
  find: string;
  placeholder: string;
  eventsLabel: string;
  /** "No event matches “{filter}”.". */
  noMatch: string;
  showAll: string;
}

interface CompareControlsProps {
  /** Every theme, to switch to, labelled in the page's language. */
  themes: { id: string; label: string }[];
  /** The events with statements on the current theme in the range shown, in date order. */
  events: PickerEvent[];
  /** The comparison shown now; every change navigates to a new permalink. */
  state: CompareState;
  words: CompareControlsWords;
}

/** The comparison's settings: theme, baseline, layout, what to ignore, and which events. */
export function CompareControls({
  themes,
  events,
  state: shownState,
  words,
}: CompareControlsProps) {
  const router = useRouter();
  const localeHref = useLocaleHref();
  const [pending, startTransition] = useTransition();
  // The controls show the new state at once, while the comparison for it loads.
  const [state, setState] = useOptimistic(shownState);
  const go = (next: CompareState) =>
    startTransition(() => {
      setState(next);
      router.push(localeHref(createCompareUrl(next)), { scroll: false });
    });
  const shown = state.events.length ? state.events : events.map((event) => event.id);
  return (
    <form className="compare-controls" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label>
        {words.theme}{' '}
        <select
          value={state.theme}
          onChange={(e) =>
            go({
              ...state,
              theme: e.target.value,
              events: [],
              baseline: undefined,
              from: undefined,
            })
          }
        >
          <ThemeOptions themes={themes} />
        </select>
      </label>
      <label>
        {words.compareAgainst}{' '}
        <select
          value={state.baseline ?? ''}
          onChange={(e) => go({ ...state, baseline: e.target.value || undefined })}
        >
          <option value="">{words.eachPrevious}</option>
          {events
            .filter((event) => shown.includes(event.id))
            .map((event) => (
              <option key={event.id} value={event.id}>
                {fillIn(words.baselineOption, { date: event.dateLabel, title: event.title })}
              </option>
            ))}
        </select>
      </label>
      <fieldset className="layout-toggle">
        <legend>{words.layout}</legend>
        {(['side-by-side', 'inline'] as const).map((view) => (
          <label key={view}>
            <input
              type="radio"
              name="view"
              checked={(state.view ?? 'side-by-side') === view}
              onChange={() => go({ ...state, view })}
            />{' '}
            {view === 'inline' ? words.inline : words.sideBySide}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={state.ignore.length > 0}
          onChange={(e) =>
            go({ ...state, ignore: e.target.checked ? ['case', 'punctuation'] : [] })
          }
        />{' '}
        {words.ignore}
      </label>
      <label>
        <input
          type="checkbox"
          checked={Boolean(state.officialOnly)}
          onChange={(e) =>
            go({ ...state, officialOnly: e.target.checked, events: [], baseline: undefined })
          }
        />{' '}
        {words.officialOnly}
      </label>
      <EventPicker
        events={events}
        shown={shown}
        words={words}
        onChange={(ids) => go(withEvents(state, ids, events))}
      />
    </form>
  );
}

/** The state with these events shown: none listed when all are, the baseline kept only if shown. */
function withEvents(state: CompareState, ids: string[], events: PickerEvent[]): CompareState {
  const ordered = events.map((event) => event.id).filter((id) => ids.includes(id));
  return {
    ...state,
    events: ordered.length === events.length ? [] : ordered,
    baseline: state.baseline && ordered.includes(state.baseline) ? state.baseline : undefined,
  };
}

function EventPicker({
  events,
  shown,
  words,
  onChange,
}: {
  events: PickerEvent[];
  shown: string[];
  words: CompareControlsWords;
  onChange: (ids: string[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const searchId = useId();
  const sought = filter.trim().toLowerCase();
  const visible = events.filter((event) =>
    [event.title, event.dateLabel, event.date].some((text) => text.toLowerCase().includes(sought)),
  );
  return (
    <details className="event-picker">
      <summary>{fillIn(words.events, { shown: shown.length, total: events.length })}</summary>
      <label htmlFor={searchId}>{words.find}</label>
      <input
        id={searchId}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={words.placeholder}
      />
      <ul aria-label={words.eventsLabel}>
        {visible.map((event) => {
          const checked = shown.includes(event.id);
          return (
            <li key={event.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && shown.length === 1}
                  onChange={() =>
                    onChange(checked ? shown.filter((id) => id !== event.id) : [...shown, event.id])
                  }
                />{' '}
                {event.dateLabel}, {event.title}
              </label>
            </li>
          );
        })}
        {!visible.length && <li className="muted">{fillIn(words.noMatch, { filter })}</li>}
      </ul>
      <button type="button" onClick={() => onChange(events.map((event) => event.id))}>
        {words.showAll}
      </button>
    </details>
  );
}
