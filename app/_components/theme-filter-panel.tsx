'use client';

import { useId, type CSSProperties } from 'react';
import type { ThemeFilter } from '@/lib/filter/parse-theme-filter';
import {
  clearThemes,
  selectAllThemes,
  selectOnlyTheme,
  setThemeMatch,
  toggleTheme,
} from '@/lib/filter/update-theme-filter';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import type { ThemeFilterWords } from './theme-filter-words';
import { fillIn } from '@/lib/text/fill-in';
import { fillCount } from '@/lib/text/fill-count';

/** A theme as the panel lists it; `ThemeStats` from `/api/themes` fits as is. */
export interface ThemeFilterOption {
  id: string;
  label: string;
  /** CSS colour of the swatch. */
  color: string;
  /** Events that speak of the theme (within whatever window the counts were taken). */
  events: number;
  /** Statements on the theme. */
  statements: number;
}

export interface ThemeFilterPanelProps {
  /** Every theme, in the order to list them (taxonomy order). */
  themes: ThemeFilterOption[];
  /** Selected theme ids; empty means no theme filter (every event). */
  selected: string[];
  match: ThemeFilter['match'];
  /** Called with the new filter (ids in the order of `themes`); the owner stores it, e.g. in the URL. */
  onChange: (filter: ThemeFilter) => void;
  /** Heading text; default `words.title` ("Filter by theme"). */
  title?: string;
  /** The panel's words in the page's language (createThemeFilterWords). */
  words: ThemeFilterWords;
}

/**
 * Lists every theme with its colour and counts, to toggle on and off; "only" one theme; all or
 * none; match any or all; the active filters as removable chips. Controlled: it holds no state.
 * Every control is a native checkbox, radio or button, so all of it works by keyboard.
 */
export function ThemeFilterPanel({
  themes,
  selected,
  match,
  onChange,
  words,
  title = words.title,
}: ThemeFilterPanelProps) {
  const id = useId();
  const ids = themeIdsOf(themes);
  const filter: ThemeFilter = { themes: selected, match };
  const active = themes.filter((theme) => selected.includes(theme.id));
  return (
    <section className="theme-filter" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="theme-filter-actions">
        <button type="button" onClick={() => onChange(selectAllThemes(filter, ids))}>
          {words.allThemes}
        </button>
        <button
          type="button"
          onClick={() => onChange(clearThemes(filter))}
          disabled={!selected.length}
        >
          {words.noFilter}
        </button>
        <fieldset className="theme-filter-match">
          <legend>{words.showEventsWith}</legend>
          {(['any', 'all'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-match`}
                value={value}
                checked={match === value}
                onChange={() => onChange(setThemeMatch(filter, value))}
              />
              {value === 'any' ? words.matchAny : words.matchAll}
            </label>
          ))}
        </fieldset>
      </div>
      <ActiveThemes
        themes={active}
        match={match}
        onRemove={(themeId) => onChange(toggleTheme(filter, themeId, ids))}
        words={words}
      />
      <ul className="theme-filter-list" aria-label={words.listLabel}>
        {themes.map((theme) => (
          <li key={theme.id} style={{ '--theme-color': theme.color } as CSSProperties}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(theme.id)}
                onChange={() => onChange(toggleTheme(filter, theme.id, ids))}
              />
              <span className="swatch" aria-hidden="true" />
              <span className="theme-filter-label">{theme.label}</span>
              <span className="theme-filter-counts">
                {fillIn(words.counts, {
                  events: fillCount(words.events, theme.events),
                  statements: fillCount(words.statements, theme.statements),
                })}
              </span>
            </label>
            <button
              type="button"
              className="theme-filter-only"
              aria-label={fillIn(words.onlyLabel, { theme: theme.label })}
              onClick={() => onChange(selectOnlyTheme(filter, theme.id))}
            >
              {words.only}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActiveThemes({
  themes,
  match,
  onRemove,
  words,
}: {
  themes: ThemeFilterOption[];
  match: ThemeFilter['match'];
  onRemove: (id: string) => void;
  words: ThemeFilterWords;
}) {
  if (!themes.length) return <p className="muted theme-filter-status">{words.showingEvery}</p>;
  return (
    <div className="theme-filter-active">
      <p className="muted theme-filter-status">
        {themes.length > 1
          ? match === 'all'
            ? words.eventsWithAll
            : words.eventsWithAny
          : words.eventsWith}
      </p>
      <ul className="chips" aria-label={words.activeLabel}>
        {themes.map((theme) => (
          <li key={theme.id} style={{ '--theme-color': theme.color } as CSSProperties}>
            <button
              type="button"
              className="chip chip-remove"
              aria-label={fillIn(words.remove, { theme: theme.label })}
              onClick={() => onRemove(theme.id)}
            >
              <span className="swatch" aria-hidden="true" />
              {theme.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
