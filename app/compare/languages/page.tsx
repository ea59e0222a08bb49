import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/app/_lib/locale-link';
import type { Locale } from '@/i18n/locales';
import { createLanguageCompareUrl } from '@/lib/compare/create-language-compare-url';
import { createLanguageComparison } from '@/lib/compare/create-language-comparison';
import { japaneseTextIdsOf } from '@/lib/compare/has-japanese-text';
import { eventById } from '@/lib/corpus/corpus-index';
import { findTheme } from '@/lib/corpus/find-theme';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { loadEventTexts } from '@/lib/corpus/load-event-texts';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { eventLabelIn, eventTitleIn, themeLabelIn } from '@/lib/corpus/words-in';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { createSearchParams } from '@/lib/url/create-search-params';
import { singleParamOf } from '@/lib/url/single-param-of';
import type { Corpus, EventDetail } from '@/lib/types';
import { ThemeInLanguagesItem } from './_components/theme-in-languages';
import styles from './languages.module.css';
import { quoteInput } from '@/lib/http/parse-param';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  searchParams,
}: PageProps<'/compare/languages'>): Promise<Metadata> {
  const id = singleParamOf(createSearchParams(await searchParams), 'event');
  const event = id === undefined ? undefined : eventById(loadCorpus(), id);
  const t = await getTranslations('compareLanguages');
  const locale = await getLocale();
  return {
    title: event ? t('titleOf', { label: eventLabelIn(event, locale).text }) : t('title'),
  };
}

export default async function LanguagesComparePage({
  searchParams,
}: PageProps<'/compare/languages'>) {
  const corpus = loadCorpus();
  const locale = (await getLocale()) as Locale;
  // The page reads `event` leniently (singleParamOf): empty or repeated is as good as absent.
  const id = singleParamOf(createSearchParams(await searchParams), 'event');
  const event = id === undefined ? undefined : eventById(corpus, id);
  if (event) return <Comparison corpus={corpus} event={event} locale={locale} />;
  return (
    <ChooseMeeting
      corpus={corpus}
      problem={id === undefined ? null : `no event has the id ${quoteInput(id)}`}
      locale={locale}
    />
  );
}

/** The page before a comparison: the meetings that have a Japanese text, and what went wrong. */
async function ChooseMeeting({
  corpus,
  problem,
  locale,
}: {
  corpus: Corpus;
  problem: string | null;
  locale: Locale;
}) {
  const t = await getTranslations('compareLanguages');
  // One listing of the folder, not one look for each of the corpus's events.
  const withJapanese = japaneseTextIdsOf(corpus.dir);
  const meetings = corpus.events.filter((event) => withJapanese.has(event.id));
  return (
    <>
      <h1>{t('heading')}</h1>
      {problem && (
        <p className="problem" role="alert">
          {t.rich('problem', { problem, reason: (words) => <span lang="en">{words}</span> })}
        </p>
      )}
      <p>{t('intro')}</p>
      {meetings.length ? (
        <ul aria-label={t('meetingsLabel')}>
          {meetings.map((event) => {
            const title = eventTitleIn(event, locale);
            return (
              <li key={event.id}>
                <time dateTime={event.date}>{formatDateIn(event.date, locale)}</time>{' '}
                <LocaleLink
                  href={createLanguageCompareUrl(event.id)}
                  lang={title.lang === locale ? undefined : title.lang}
                >
                  {title.text}
                </LocaleLink>
              </li>
            );
          })}
        </ul>
      ) : (
        <p role="note">
          {t.rich('noneYet', {
            file: 'data/events/<id>.ja.md',
            code: (words) => <code>{words}</code>,
          })}
        </p>
      )}
    </>
  );
}

/** One meeting's two texts, theme by theme; or, where it has one, a word saying so. */
async function Comparison({
  corpus,
  event,
  locale,
}: {
  corpus: Corpus;
  event: EventDetail;
  locale: Locale;
}) {
  const t = await getTranslations('compareLanguages');
  const { english, japanese } = loadEventTexts(corpus, event);
  const label = eventLabelIn(event, locale).text;
  const title = eventTitleIn(event, locale);
  const themeLabel = (theme: string) => {
    const found = findTheme(corpus.themes, theme);
    return found ? themeLabelIn(found, locale).text : theme;
  };
  const list = (ids: string[]) => ids.map(themeLabel).join(locale === 'ja' ? '、' : ', ');
  const comparison =
    english && japanese && createLanguageComparison(english, japanese, themeIdsOf(corpus.themes));
  return (
    <>
      <h1>{t('pairHeading', { label, date: formatDateIn(event.date, locale) })}</h1>
      <p>
        {t.rich('intro2', {
          title: title.text,
          link: (words) => (
            <LocaleLink
              href={`/events/${event.id}`}
              lang={title.lang === locale ? undefined : title.lang}
            >
              {words}
            </LocaleLink>
          ),
        })}{' '}
        <a href={createLanguageCompareUrl(event.id, '/api/compare/languages')}>{t('json')}</a>
      </p>
      {!comparison ? (
        <p role="note">
          {t(english ? 'noJapanese' : 'noEnglish')}{' '}
          <LocaleLink href={`/events/${event.id}`}>{t('eventPage')}</LocaleLink>
        </p>
      ) : (
        <>
          {comparison.onlyJapanese.length > 0 && (
            <p role="note" className={styles.leftOut}>
              {t('japaneseAdds', { themes: list(comparison.onlyJapanese) })}
            </p>
          )}
          {comparison.onlyEnglish.length > 0 && (
            <p role="note" className={styles.leftOut}>
              {t('englishAdds', { themes: list(comparison.onlyEnglish) })}
            </p>
          )}
          {!comparison.onlyJapanese.length && !comparison.onlyEnglish.length && (
            <p role="note">{t('sameThemes')}</p>
          )}
          {comparison.alignment === 'themes' && <p className="muted">{t('byThemes')}</p>}
          <ul className={styles.themes} aria-label={t('themesLabel')}>
            {comparison.themes.map((item) => {
              const theme = findTheme(corpus.themes, item.theme);
              return (
                <ThemeInLanguagesItem
                  key={item.theme}
                  item={item}
                  label={themeLabel(item.theme)}
                  color={theme?.color}
                  event={event}
                  people={corpus.people}
                />
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
