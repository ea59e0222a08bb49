import type { Metadata } from 'next';
import Link from 'next/link';
import {
  createCompareUrl,
  parseCompareView,
  type CompareState,
} from '@/lib/compare/create-compare-url';
import { createComparison, type Comparison } from '@/lib/compare/create-comparison';
import { createSearchParams } from '@/lib/url/create-search-params';
import { formatDate } from '@/lib/dates/format-date';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { loadPhrases } from '@/lib/corpus/load-phrases';
import { parseCompareQuery } from '@/lib/http/parse-compare-query';
import { parseList } from '@/lib/url/parse-list';
import { findThemeEvents } from '@/lib/compare/select-theme-statements';
import type { Corpus } from '@/lib/types';
import { CompareControls } from './_components/compare-controls';
import { ComparisonColumn } from './_components/comparison-column';
import { PhraseTable } from './_components/phrase-table';
import { findTheme } from '@/lib/corpus/find-theme';
import { windowComparedEvents } from '@/lib/compare/window-compared-events';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: PageProps<'/compare'>): Promise<Metadata> {
  const theme = findTheme(loadCorpus().themes, createSearchParams(await searchParams).get('theme'));
  return { title: theme ? `Compare: ${theme.label}` : 'Compare' };
}

export default async function ComparePage({ searchParams }: PageProps<'/compare'>) {
  const corpus = loadCorpus();
  const params = createSearchParams(await searchParams);
  if (!params.get('theme')) return <ChooseTheme corpus={corpus} problem={null} />;
  let query = parseCompareQuery(params, corpus);
  // An unknown or misplaced event is left out, with a word, rather than losing the whole view.
  let leftOut: string | null = null;
  if (!query.ok && (query.error.param === 'events' || query.error.param === 'baseline')) {
    leftOut = query.error.message;
    params.delete(query.error.param);
    query = parseCompareQuery(params, corpus);
  }
  const theme = findTheme(corpus.themes, params.get('theme'));
  if (!query.ok || !theme)
    return <ChooseTheme corpus={corpus} problem={query.ok ? null : query.error.message} />;
  const state: CompareState = {
    ...query.value,
    events: parseList(params.get('events')),
    view: parseCompareView(params.get('view')),
    ...(params.get('from') ? { from: params.get('from')! } : {}),
  };
  const compared = new Set(query.value.events);
  const range = windowComparedEvents(
    corpus.events.filter((event) => compared.has(event.id)),
    state,
  );
  const comparison = createComparison(corpus, loadPhrases(), {
    ...query.value,
    events: range.shown,
  });
  // The picker offers the meetings of the range shown (and the baseline): earlier ones come with
  // "Earlier meetings".
  const rangeStart = range.earlier
    ? comparison.columns.find((column) => column.event.id !== state.baseline)?.event.date
    : undefined;
  const pickerEvents = findThemeEvents(corpus.events, theme.id)
    .filter((event) => !state.officialOnly || event.provenance === 'official-text')
    .filter((event) => !rangeStart || event.date >= rangeStart || event.id === state.baseline)
    .map((event) => ({
      id: event.id,
      title: event.title,
      date: event.date,
      dateLabel: formatDate(event.date),
    }));
  return (
    <>
      <h1>{theme.label}: what each meeting said</h1>
      {leftOut && (
        <p className="problem" role="alert">
          Part of this link could not be followed and was left out: {leftOut}.
        </p>
      )}
      <p className="muted">
        {comparison.columns.length} meetings in date order
        {range.earlierFrom ? ' (the most recent)' : ''}, each with its statements on the theme.{' '}
        {comparison.baseline
          ? 'Changes are marked against the baseline.'
          : 'Changes are marked against the meeting before.'}{' '}
        Added words are <ins>underlined</ins>, removed words <del>struck through</del>.
      </p>
      <CompareControls
        themes={corpus.themes.map(({ id, label }) => ({ id, label }))}
        events={pickerEvents}
        state={state}
      />
      <ExportLinks state={state} />
      {range.earlierFrom && (
        <p className="compare-earlier">
          <span className="muted">
            {range.earlier.toLocaleString('en')} earlier{' '}
            {range.earlier === 1 ? 'meeting is' : 'meetings are'} not shown.
          </span>{' '}
          <Link href={createCompareUrl({ ...state, from: range.earlierFrom })} scroll={false}>
            Earlier meetings
          </Link>
        </p>
      )}
      <Columns comparison={comparison} view={state.view ?? 'side-by-side'} />
      <PhraseTable phrases={comparison.phrases} columns={comparison.columns} />
    </>
  );
}

function Columns({
  comparison,
  view,
}: {
  comparison: Comparison;
  view: 'side-by-side' | 'inline';
}) {
  const find = (id: string) => comparison.columns.find((column) => column.event.id === id)?.event;
  return (
    <>
      {view === 'side-by-side' && comparison.columns.length > 3 && (
        <p className="muted compare-scroll-hint">
          {comparison.columns.length} meetings side by side: scroll sideways to see them all.
        </p>
      )}
      <div
        className={`compare-scroll compare-${view}`}
        role="region"
        aria-label="Meetings compared"
        tabIndex={0}
      >
        <ol className="compare-columns" aria-label="Meetings in date order">
          {comparison.columns.map((column) => {
            const change = comparison.changes.find((candidate) => candidate.to === column.event.id);
            return (
              <ComparisonColumn
                key={column.event.id}
                column={column}
                change={change}
                from={change && find(change.from)}
                isBaseline={comparison.baseline === column.event.id}
                view={view}
              />
            );
          })}
        </ol>
      </div>
    </>
  );
}

function ExportLinks({ state }: { state: CompareState }) {
  const permalink = createCompareUrl(state);
  const exportUrl = (format: string) =>
    `${createCompareUrl({ ...state, view: undefined, from: undefined }, '/api/compare')}&format=${format}`;
  return (
    <p className="compare-links">
      <Link href={permalink}>Permalink to this comparison</Link> · Export:{' '}
      <a href={exportUrl('markdown')} download>
        Markdown
      </a>{' '}
      ·{' '}
      <a href={exportUrl('csv')} download>
        CSV
      </a>
    </p>
  );
}

/** The page without a comparison: what went wrong, if anything, and the themes to choose from. */
function ChooseTheme({ corpus, problem }: { corpus: Corpus; problem: string | null }) {
  return (
    <>
      <h1>Compare statements across dates</h1>
      {problem && (
        <p className="problem" role="alert">
          This comparison cannot be shown: {problem}.
        </p>
      )}
      <p>Choose a theme to see what each meeting said on it, word by word.</p>
      <ul className="theme-links" aria-label="Themes">
        {corpus.themes.map((theme) => (
          <li key={theme.id}>
            {/* Not fetched ahead: a link in view would otherwise render its whole comparison. */}
            <Link
              href={createCompareUrl({ theme: theme.id, events: [], ignore: [] })}
              prefetch={false}
            >
              {theme.label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
