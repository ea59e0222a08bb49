import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/app/_lib/locale-link';
import type { Locale } from '@/i18n/locales';
import {
  createCompareUrl,
  parseCompareView,
  type CompareState,
} from '@/lib/compare/create-compare-url';
import { createComparison, type Comparison } from '@/lib/compare/create-comparison';
import { createSearchParams } from '@/lib/url/create-search-params';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventTitleIn, themeLabelIn } from '@/lib/corpus/words-in';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { loadPhrases } from '@/lib/corpus/load-phrases';
import { parseCompareQuery } from '@/lib/http/parse-compare-query';
import { parseList } from '@/lib/url/parse-list';
import { findThemeEvents } from '@/lib/compare/select-theme-statements';
import { createLanguageCompareUrl } from '@/lib/compare/create-language-compare-url';
import type { Corpus } from '@/lib/types';
import { CompareControls } from './_components/compare-controls';
import { compareControlsWordsOf } from './_components/compare-controls-words-of';
import { ComparisonColumn } from './_components/comparison-column';
import { PhraseTable } from './_components/phrase-table';
import { findTheme } from '@/lib/corpus/find-theme';
import { windowComparedEvents } from '@/lib/compare/window-compared-events';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: PageProps<'/compare'>): Promise<Metadata> {
  const theme = findTheme(loadCorpus().themes, createSearchParams(await searchParams).get('theme'));
  const t = await getTranslations('compare');
  const locale = await getLocale();
  return {
    title: theme ? t('titleOfTheme', { theme: themeLabelIn(theme, locale).text }) : t('title'),
  };
}

export default async function ComparePage({ searchParams }: PageProps<'/compare'>) {
  const corpus = loadCorpus();
  const params = createSearchParams(await searchParams);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('compare');
  if (!params.get('theme')) return <ChooseTheme corpus={corpus} problem={null} locale={locale} />;
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
    return (
      <ChooseTheme
        corpus={corpus}
        problem={query.ok ? null : query.error.message}
        locale={locale}
      />
    );
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
      title: eventTitleIn(event, locale).text,
      date: event.date,
      dateLabel: formatDateIn(event.date, locale),
    }));
  // The English reason (from the API's parser) is marked as English on a Japanese page.
  const reason = (words: ReactNode) => <span lang="en">{words}</span>;
  return (
    <>
      <h1>{t('heading', { theme: themeLabelIn(theme, locale).text })}</h1>
      {leftOut && (
        <p className="problem" role="alert">
          {t.rich('leftOut', { problem: leftOut, reason })}
        </p>
      )}
      <p className="muted">
        {t.rich('intro', {
          count: comparison.columns.length,
          recent: range.earlierFrom ? 'yes' : 'no',
          baseline: comparison.baseline ? 'yes' : 'no',
          ins: (words) => <ins>{words}</ins>,
          del: (words) => <del>{words}</del>,
        })}
      </p>
      <CompareControls
        themes={corpus.themes.map((item) => ({
          id: item.id,
          label: themeLabelIn(item, locale).text,
        }))}
        events={pickerEvents}
        state={state}
        words={await compareControlsWordsOf()}
      />
      <ExportLinks state={state} locale={locale} />
      {range.earlierFrom && (
        <p className="compare-earlier">
          <span className="muted">{t('earlier', { count: range.earlier })}</span>{' '}
          <LocaleLink href={createCompareUrl({ ...state, from: range.earlierFrom })} scroll={false}>
            {t('earlierLink')}
          </LocaleLink>
        </p>
      )}
      <Columns comparison={comparison} view={state.view ?? 'side-by-side'} corpus={corpus} />
      <PhraseTable phrases={comparison.phrases} columns={comparison.columns} />
    </>
  );
}

async function Columns({
  comparison,
  view,
  corpus,
}: {
  comparison: Comparison;
  view: 'side-by-side' | 'inline';
  corpus: Corpus;
}) {
  const t = await getTranslations('compare');
  const find = (id: string) => comparison.columns.find((column) => column.event.id === id)?.event;
  return (
    <>
      {view === 'side-by-side' && comparison.columns.length > 3 && (
        <p className="muted compare-scroll-hint">
          {t('scrollHint', { count: comparison.columns.length })}
        </p>
      )}
      <div
        className={`compare-scroll compare-${view}`}
        role="region"
        aria-label={t('columnsRegion')}
        tabIndex={0}
      >
        <ol className="compare-columns" aria-label={t('columnsList')}>
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
                corpusDir={corpus.dir}
              />
            );
          })}
        </ol>
      </div>
    </>
  );
}

async function ExportLinks({ state, locale }: { state: CompareState; locale: Locale }) {
  const t = await getTranslations('compare');
  const permalink = createCompareUrl(state);
  // The Japanese page's files are headed in Japanese.
  const lang = locale === 'ja' ? '&lang=ja' : '';
  const exportUrl = (format: string) =>
    `${createCompareUrl({ ...state, view: undefined, from: undefined }, '/api/compare')}&format=${format}${lang}`;
  return (
    <p className="compare-links">
      <LocaleLink href={permalink}>{t('permalink')}</LocaleLink> · {t('export')}{' '}
      <a href={exportUrl('markdown')} download>
        {t('markdown')}
      </a>{' '}
      ·{' '}
      <a href={exportUrl('csv')} download>
        {t('csv')}
      </a>
    </p>
  );
}

/** The page without a comparison: what went wrong, if anything, and the themes to choose from. */
async function ChooseTheme({
  corpus,
  problem,
  locale,
}: {
  corpus: Corpus;
  problem: string | null;
  locale: Locale;
}) {
  const t = await getTranslations('compare');
  return (
    <>
      <h1>{t('chooseHeading')}</h1>
      {problem && (
        <p className="problem" role="alert">
          {t.rich('problem', { problem, reason: (words) => <span lang="en">{words}</span> })}
        </p>
      )}
      <p>{t('chooseTheme')}</p>
      <ul className="theme-links" aria-label={t('themesLabel')}>
        {corpus.themes.map((theme) => (
          <li key={theme.id}>
            {/* Not fetched ahead: a link in view would otherwise render its whole comparison. */}
            <LocaleLink
              href={createCompareUrl({ theme: theme.id, events: [], ignore: [] })}
              prefetch={false}
            >
              {themeLabelIn(theme, locale).text}
            </LocaleLink>
          </li>
        ))}
      </ul>
      <p>
        <LocaleLink href={createLanguageCompareUrl()}>{t('languagesLink')}</LocaleLink>
      </p>
    </>
  );
}
