import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { LocaleLink } from '@/app/_lib/locale-link';
import { localizePath } from '@/i18n/localize-path';
import type { Locale } from '@/i18n/locales';
import { NewsOnlyBadge } from '@/app/_components/provenance-badge';
import { ThemeChips } from '@/app/_components/theme-chips';
import { ThemeOptions } from '@/app/_components/theme-options';
import { createSearchParams } from '@/lib/url/create-search-params';
import { withoutEmptyParams } from '@/lib/url/without-empty-params';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventLabelIn, eventTitleIn } from '@/lib/corpus/words-in';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { MAX_QUERY_LENGTH } from '@/lib/http/parse-query-words';
import { parseSearchQuery } from '@/lib/http/parse-search-query';
import { searchStatements, type SearchHit } from '@/lib/search/search-statements';
import { StatementSpeaker } from '@/app/_components/statement-speaker';
import { useSpeakerWords } from '@/app/_lib/use-speaker-words';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { SPEAKERS, type Theme } from '@/lib/types';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const q = createSearchParams(await searchParams)
    .get('q')
    ?.trim();
  const t = await getTranslations('search');
  return { title: q ? t('titleWithQuery', { q }) : t('title') };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const corpus = loadCorpus();
  const params = createSearchParams(await searchParams);
  // The form sends its empty fields ("any theme"): here they mean the field is left out.
  const query = parseSearchQuery(withoutEmptyParams(params), themeIdsOf(corpus.themes));
  const result = query.ok ? searchStatements(corpus, query.value, { limit: 500 }) : null;
  const t = await getTranslations('search');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <h1>{t('heading')}</h1>
      <SearchForm
        params={params}
        themes={corpus.themes}
        action={localizePath('/search', locale)}
        locale={locale}
      />
      {!query.ok && params.get('q')?.trim() && (
        <p className="problem" role="alert">
          {t('invalidQuery', { param: query.error.param ?? '', detail: query.error.message })}
        </p>
      )}
      {result && query.ok && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {t('resultsHeading', { count: result.total, q: query.value.q })}
          </h2>
          {result.total > result.hits.length && (
            <p className="muted">{t('firstShown', { count: result.hits.length })}</p>
          )}
          <ol className="kwic-list" aria-label={t('resultsLabel')}>
            {result.hits.map((hit) => (
              <HitItem key={hit.statement.id} hit={hit} themes={corpus.themes} locale={locale} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** A plain GET form: the results page is its own permalink, and it works without script. */
function SearchForm({
  params,
  themes,
  action,
  locale,
}: {
  params: URLSearchParams;
  themes: Theme[];
  /** The search page's address in the page's language. */
  action: string;
  locale: Locale;
}) {
  const t = useTranslations('search');
  const speakerLabel = useTranslations('speakers');
  return (
    <form className="search-form" action={action} role="search">
      <label>
        {t('words')}{' '}
        <input
          type="search"
          name="q"
          defaultValue={params.get('q') ?? ''}
          maxLength={MAX_QUERY_LENGTH}
          required
        />
      </label>
      <label>
        {t('theme')}{' '}
        <select name="themes" defaultValue={params.get('themes') ?? ''}>
          <option value="">{t('anyTheme')}</option>
          <ThemeOptions themes={themes} language={locale} />
        </select>
      </label>
      <label>
        {t('speaker')}{' '}
        <select name="speaker" defaultValue={params.get('speaker') ?? ''}>
          <option value="">{t('anyone')}</option>
          {SPEAKERS.map((speaker) => (
            <option key={speaker} value={speaker}>
              {speakerLabel(speaker)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('submit')}</button>
    </form>
  );
}

/** A statement found: the words in context, then its event (marked where news reports alone back it). */
function HitItem({ hit, themes, locale }: { hit: SearchHit; themes: Theme[]; locale: Locale }) {
  const t = useTranslations('search');
  const speakerWords = useSpeakerWords();
  const title = eventTitleIn(hit.event, locale);
  const label = eventLabelIn(hit.event, locale);
  return (
    <li className="kwic">
      <LocaleLink
        className="kwic-line"
        href={`/events/${hit.event.id}#${hit.statement.id}`}
        lang="en"
      >
        <span className="kwic-before">{hit.before}</span>
        <mark>{hit.match}</mark>
        <span className="kwic-after">{hit.after}</span>
      </LocaleLink>
      <p className="meta">
        <time dateTime={hit.event.date}>{formatDateIn(hit.event.date, locale)}</time> ·{' '}
        <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>{' '}
        <span lang={label.lang === locale ? undefined : label.lang}>({label.text})</span> ·{' '}
        <StatementSpeaker statement={hit.statement} eventId={hit.event.id} words={speakerWords} />
        {isNewsOnly(hit.event) && (
          <>
            {' '}
            <NewsOnlyBadge label={t('newsOnly')} />
          </>
        )}
      </p>
      <ThemeChips
        ids={hit.statement.themes}
        themes={themes}
        label={t('statementThemes')}
        locale={locale}
      />
    </li>
  );
}
