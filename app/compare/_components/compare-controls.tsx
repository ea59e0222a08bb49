'use client';

import { useRouter } from 'next/navigation';
import { useId, useOptimistic, useState, useTransition } from 'react';
import { ThemeOptions } from '@/app/_components/theme-options';
import { createCompareUrl, type CompareState } from '@/lib/compare/create-compare-url';

/** An event the picker offers: its id, title and date in words. */
export interface PickerEvent {
  id: string;
  title: string;
  /** "4 May 2022". */
  dateLabel: string;
  /** `YYYY-MM-DD`, also searchable. */
  date: string;
}

interface CompareControlsProps {
  /** Every theme, to switch to. */
  themes: { id: string; label: string }[];
  /** The events with statements on the current theme in the range shown, in date order. */
  events: PickerEvent[];
  /** The comparison shown now; every change navigates to a new permalink. */
  state: CompareState;
}

/** The comparison's settings: theme, baseline, layout, what to ignore, and which events. */
export function CompareControls({ themes, events, state: shownState }: CompareControlsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The controls show the new state at once, while the comparison for it loads.
  const [state, setState] = useOptimistic(shownState);
  const go = (next: CompareState) =>
    startTransition(() => {
      setState(next);
      router.push(createCompareUrl(next), { scroll: false });
    });
  const shown = state.events.length ? state.events : events.map((event) => event.id);
  return (
    <form className="compare-controls" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label>
        Theme{' '}
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
        Compare against{' '}
        <select
          value={state.baseline ?? ''}
          onChange={(e) => go({ ...state, baseline: e.target.value || undefined })}
        >
          <option value="">each previous meeting</option>
          {events
            .filter((event) => shown.includes(event.id))
            .map((event) => (
              <option key={event.id} value={event.id}>
                baseline: {event.dateLabel}, {event.title}
              </option>
            ))}
        </select>
      </label>
      <fieldset className="layout-toggle">
        <legend>Layout</legend>
        {(['side-by-side', 'inline'] as const).map((view) => (
          <label key={view}>
            <input
              type="radio"
              name="view"
              checked={(state.view ?? 'side-by-side') === view}
              onChange={() => go({ ...state, view })}
            />{' '}
            {view === 'inline' ? 'Inline redline' : 'Side by side'}
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
        Ignore punctuation and case
      </label>
      <label>
        <input
          type="checkbox"
          checked={Boolean(state.officialOnly)}
          onChange={(e) =>
            go({ ...state, officialOnly: e.target.checked, events: [], baseline: undefined })
          }
        />{' '}
        Official texts only
      </label>
      <EventPicker
        events={events}
        shown={shown}
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
  onChange,
}: {
  events: PickerEvent[];
  shown: string[];
  onChange: (ids: string[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const searchId = useId();
  const words = filter.trim().toLowerCase();
  const visible = events.filter((event) =>
    [event.title, event.dateLabel, event.date].some((text) => text.toLowerCase().includes(words)),
  );
  return (
    <details className="event-picker">
      <summary>
        Events ({shown.length} of {events.length})
      </summary>
      <label htmlFor={searchId}>Find events by title or date</label>
      <input
        id={searchId}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="e.g. summit, 2022"
      />
      <ul aria-label="Events on this theme">
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
        {!visible.length && <li className="muted">No event matches “{filter}”.</li>}
      </ul>
      <button type="button" onClick={() => onChange(events.map((event) => event.id))}>
        Show all events
      </button>
    </details>
  );
}
