'use client';

import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { SWRConfig, unstable_serialize } from 'swr';
import type { Recurrence } from '@/lib/recurrence/compute-recurrence';
import type { ThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { binRecurrence } from '@/lib/recurrence/bin-recurrence';
import { filterRecurrence } from '@/lib/recurrence/filter-recurrence';
import { parseDateWindow, type DateWindow } from '@/lib/filter/parse-date-window';
import {
  createThemeFilterSearch,
  parseThemeFilter,
  type ThemeFilter,
} from '@/lib/filter/parse-theme-filter';
import { formatSearch } from '@/lib/url/format-search';
import { parseRowSort, type RowSort } from '@/lib/recurrence/sort-recurrence-rows';
import { RecurrenceMatrix } from '../_components/recurrence-matrix';
import { ThemeFilterPanel } from '../_components/theme-filter-panel';
import { createApiKey, useApi } from '../_lib/use-api';
import { useLocaleHref } from '../_lib/locale-link';
import { useUrlState, type UrlWrite } from '../_lib/use-url-state';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import type { MatrixWords } from '../_components/recurrence-matrix/matrix-words';
import type { ThemeFilterWords } from '../_components/theme-filter-words';
import { useLocaleContext } from '../_lib/locale-context';

export interface ThemesViewProps {
  /** The window the server rendered, and its data: the first view needs no fetch. */
  initialWindow: DateWindow;
  initialRecurrence: Recurrence;
  initialThemes: ThemeStats[];
  /** The view's own words in the page's language. */
  words: ThemesViewWords;
  /**
   * Each theme's label in the page's language, by id: the API's theme counts carry the English.
   * A theme it lacks keeps its English label.
   */
  themeLabels: Record<string, string>;
}

/** The words of the view's date window, downloads and load error. */
export interface ThemesViewWords {
  /** Holds `{message}` where the error's message goes. */
  loadError: string;
  eventsDated: string;
  from: string;
  to: string;
  downloads: string;
  matrixCsv: string;
  eventsJson: string;
  themeFilter: ThemeFilterWords;
  matrix: MatrixWords;
}

/**
 * /themes on the client. The URL holds the state (themes, match, from, to, sort). Data for a
 * window comes through SWR: `/api/recurrence` over every theme and `/api/themes`; the theme filter
 * is then applied here (filterRecurrence), so a toggle needs no request.
 */
export function ThemesView({
  initialWindow,
  initialRecurrence,
  initialThemes,
  words,
  themeLabels,
}: ThemesViewProps) {
  const fallback = {
    [unstable_serialize(createApiKey('recurrence', { ...initialWindow }))]: initialRecurrence,
    [unstable_serialize(createApiKey('themes', { ...initialWindow }))]: { themes: initialThemes },
  };
  return (
    <SWRConfig value={{ fallback, revalidateIfStale: false, revalidateOnFocus: false }}>
      <ThemesViewBody words={words} themeLabels={themeLabels} />
    </SWRConfig>
  );
}

/** The page's changes rewrite its history entry: Back leaves the page. */
const REPLACE: UrlWrite = { history: 'replace' };
/** Opening a bin is a step Back returns from, to the years (or months) it was gathered in. */
const OPEN_BIN: UrlWrite = { history: 'push' };

function ThemesViewBody({ words, themeLabels }: Pick<ThemesViewProps, 'words' | 'themeLabels'>) {
  const router = useRouter();
  const localeHref = useLocaleHref();
  const [params, setSearch] = useUrlState();
  /** Sets (or, with null, removes) one search param, keeping the others. */
  const replaceParam = (name: string, value: string | null) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return formatSearch(next);
    }, REPLACE);
  const dateWindow = parseDateWindow(params);
  const sort = parseRowSort(params.get('sort'));
  const themesQuery = useApi(createApiKey('themes', { ...dateWindow }), { keepPreviousData: true });
  const recurrenceQuery = useApi(createApiKey('recurrence', { ...dateWindow }), {
    keepPreviousData: true,
  });
  const counted = themesQuery.data?.themes;
  const themes = useMemo(
    () =>
      (counted ?? []).map((theme) => ({ ...theme, label: themeLabels[theme.id] ?? theme.label })),
    [counted, themeLabels],
  );
  const filter = parseThemeFilter(params, themeIdsOf(themes));
  const filterKey = `${filter.themes.join(',')}|${filter.match}`;
  const recurrence = recurrenceQuery.data;
  // More events than the matrix can show are gathered into years or months, opened on a click.
  const filtered = useMemo(
    () => recurrence && binRecurrence(filterRecurrence(recurrence, filter)),
    // filter is rebuilt on every render; its key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [recurrence, filterKey],
  );
  const error = themesQuery.error ?? recurrenceQuery.error;
  /** Narrows the window to a bin's period: its events, or its months, take the columns. */
  const openBin = ({ from, to }: { from: string; to: string }) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.set('from', from);
      next.set('to', to);
      return formatSearch(next);
    }, OPEN_BIN);

  return (
    <div className="themes-layout">
      <div className="themes-side">
        <ThemeFilterPanel
          themes={themes}
          selected={filter.themes}
          match={filter.match}
          onChange={(next) =>
            setSearch((current) => createThemeFilterSearch(current, next), REPLACE)
          }
          words={words.themeFilter}
        />
      </div>
      <div className="themes-main">
        <DateWindowForm dateWindow={dateWindow} onChange={replaceParam} words={words} />
        {error && (
          <p role="alert" className="themes-error">
            {words.loadError.replace('{message}', error.message)}
          </p>
        )}
        <ExportLinks filter={filter} dateWindow={dateWindow} sort={sort} words={words} />
        {filtered && (
          <RecurrenceMatrix
            recurrence={filtered}
            themes={themes}
            sort={sort}
            onSortChange={(next) => replaceParam('sort', next === 'first-seen' ? null : next)}
            onOpenCell={(eventId, themeId) => {
              const column = filtered.columns.find((candidate) => candidate.id === eventId);
              if (column?.bin) return openBin(column.bin);
              router.push(localeHref(`/events/${eventId}?theme=${encodeURIComponent(themeId)}`));
            }}
            onOpenBin={(column) => column.bin && openBin(column.bin)}
            words={words.matrix}
          />
        )}
      </div>
    </div>
  );
}

/** Bounds on the event dates, kept in the URL as `from` and `to`. */
function DateWindowForm({
  dateWindow,
  onChange,
  words,
}: {
  dateWindow: DateWindow;
  onChange: (name: 'from' | 'to', value: string | null) => void;
  words: ThemesViewWords;
}) {
  return (
    <fieldset className="date-window">
      <legend>{words.eventsDated}</legend>
      <label>
        {words.from}{' '}
        <input
          type="date"
          value={dateWindow.from ?? ''}
          max={dateWindow.to}
          onChange={(event) => onChange('from', event.target.value || null)}
        />
      </label>
      <label>
        {words.to}{' '}
        <input
          type="date"
          value={dateWindow.to ?? ''}
          min={dateWindow.from}
          onChange={(event) => onChange('to', event.target.value || null)}
        />
      </label>
    </fieldset>
  );
}

/** Download links; the server names the files after the filters and the day. */
function ExportLinks({
  filter,
  dateWindow,
  sort,
  words,
}: {
  filter: ThemeFilter;
  dateWindow: DateWindow;
  sort: RowSort;
  words: ThemesViewWords;
}) {
  const { locale } = useLocaleContext();
  const params = new URLSearchParams();
  if (filter.themes.length) params.set('themes', filter.themes.join(','));
  if (filter.themes.length && filter.match === 'all') params.set('match', 'all');
  if (dateWindow.from) params.set('from', dateWindow.from);
  if (dateWindow.to) params.set('to', dateWindow.to);
  // Both files' headings (and the CSV's theme labels) in the page's language.
  if (locale !== 'en') params.set('lang', locale);
  const events = formatSearch(params);
  if (sort !== 'first-seen') params.set('sort', sort);
  const matrix = formatSearch(params);
  return (
    <ul className="export-links" aria-label={words.downloads}>
      <li>
        <a href={`/api/export/matrix${matrix ? `?${matrix}` : ''}`} download>
          {words.matrixCsv}
        </a>
      </li>
      <li>
        <a href={`/api/export/events${events ? `?${events}` : ''}`} download>
          {words.eventsJson}
        </a>
      </li>
    </ul>
  );
}
