import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/app/_lib/locale-link';
import type { Locale } from '@/i18n/locales';
import { MeetingPicker } from './_components/meeting-picker';
import { meetingChoicesOf } from './_components/meeting-choices-of';
import { meetingPickerWordsOf } from './_components/meeting-picker-words-of';
import { OnlyOneSide, SharedThemeItem, type Side, type Words } from './_components/meeting-themes';
import { createMeetingComparison } from '@/lib/compare/create-meeting-comparison';
import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';
import { parseMeetingPair } from '@/lib/compare/parse-meeting-pair';
import { eventById } from '@/lib/corpus/corpus-index';
import { findTheme } from '@/lib/corpus/find-theme';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventLabelIn, eventTitleIn, themeLabelIn } from '@/lib/corpus/words-in';
import { createSearchParams } from '@/lib/url/create-search-params';
import { singleParamOf } from '@/lib/url/single-param-of';
import type { Corpus, EventDetail } from '@/lib/types';
import styles from './meetings.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  searchParams,
}: PageProps<'/compare/meetings'>): Promise<Metadata> {
  const pair = parseMeetingPair(pageParamsOf(createSearchParams(await searchParams)), loadCorpus());
  const t = await getTranslations('compareMeetings');
  const locale = await getLocale();
  return {
    title: pair.ok
      ? t('titleOfPair', {
          a: eventLabelIn(pair.value.a, locale).text,
          b: eventLabelIn(pair.value.b, locale).text,
        })
      : t('title'),
  };
}

export default async function MeetingsComparePage({
  searchParams,
}: PageProps<'/compare/meetings'>) {
  const corpus = loadCorpus();
  const params = pageParamsOf(createSearchParams(await searchParams));
  const pair = parseMeetingPair(params, corpus);
  const locale = (await getLocale()) as Locale;
  if (pair.ok)
    return <Comparison corpus={corpus} a={pair.value.a} b={pair.value.b} locale={locale} />;
  const { param, message } = pair.error;
  // A missing `a` or `b` is the question the page asks, not a mistake to report.
  const asked = param !== null && !params.has(param);
  const a = param === 'a' ? undefined : eventById(corpus, params.get('a') ?? '');
  return <ChooseMeeting corpus={corpus} a={a} problem={asked ? null : message} locale={locale} />;
}

/** `a` and `b` as a page reads them: one given twice or empty is left out (singleParamOf). */
function pageParamsOf(params: URLSearchParams): URLSearchParams {
  const read = new URLSearchParams();
  for (const name of ['a', 'b']) {
    const value = singleParamOf(params, name);
    if (value !== undefined) read.set(name, value);
  }
  return read;
}

/** The page before a comparison: which meeting to compare (with `a`, if chosen), and what went wrong. */
async function ChooseMeeting({
  corpus,
  a,
  problem,
  locale,
}: {
  corpus: Corpus;
  a: EventDetail | undefined;
  problem: string | null;
  locale: Locale;
}) {
  const meetings = meetingChoicesOf(corpus.events, a?.id, locale);
  const t = await getTranslations('compareMeetings');
  return (
    <>
      <h1>
        {a
          ? t('headingWith', {
              a: eventLabelIn(a, locale).text,
              date: formatDateIn(a.date, locale),
            })
          : t('heading')}
      </h1>
      {problem && (
        <p className="problem" role="alert">
          {/* The reason comes from the API's parser, which words it in English. */}
          {t.rich('problem', { problem, reason: (words) => <span lang="en">{words}</span> })}
        </p>
      )}
      <p>{a ? t('chooseSecond') : t('chooseFirst')}</p>
      <MeetingPicker
        meetings={meetings}
        label={a ? t('pickerWith') : t('picker')}
        words={await meetingPickerWordsOf(meetings.length)}
      />
    </>
  );
}

/** Two meetings side by side by theme. */
async function Comparison({
  corpus,
  a,
  b,
  locale,
}: {
  corpus: Corpus;
  a: EventDetail;
  b: EventDetail;
  locale: Locale;
}) {
  const comparison = createMeetingComparison(a, b, corpus.themes);
  const t = await getTranslations('compareMeetings');
  const diff = await getTranslations('diff');
  const themeOf = (id: string) => {
    const theme = findTheme(corpus.themes, id);
    return theme && { label: themeLabelIn(theme, locale).text, color: theme.color };
  };
  const sideOf = (event: EventDetail): Side => ({
    event,
    people: corpus.people,
    label: eventLabelIn(event, locale).text,
    name: t('sideName', {
      label: eventLabelIn(event, locale).text,
      date: formatDateIn(event.date, locale),
    }),
  });
  const sides = { a: sideOf(a), b: sideOf(b) };
  const words: Words = {
    t,
    diff: { added: diff('added'), removed: diff('removed'), end: diff('end') },
  };
  const titleOf = (event: EventDetail) => eventTitleIn(event, locale);
  return (
    <>
      <h1>{t('pairHeading', { a: sides.a.label, b: sides.b.label })}</h1>
      <p className="muted">
        {t.rich('intro', {
          aTitle: titleOf(a).text,
          bTitle: titleOf(b).text,
          aDate: formatDateIn(a.date, locale),
          bDate: formatDateIn(b.date, locale),
          a: (title) => (
            <LocaleLink href={`/events/${a.id}`} lang={titleOf(a).lang}>
              {title}
            </LocaleLink>
          ),
          b: (title) => (
            <LocaleLink href={`/events/${b.id}`} lang={titleOf(b).lang}>
              {title}
            </LocaleLink>
          ),
          ins: (words) => <ins>{words}</ins>,
          del: (words) => <del>{words}</del>,
        })}
      </p>
      <p className="compare-links">
        <LocaleLink href={createMeetingCompareUrl(a.id, b.id)}>{t('permalink')}</LocaleLink> ·{' '}
        <LocaleLink href={createMeetingCompareUrl(b.id, a.id)}>{t('swap')}</LocaleLink> ·{' '}
        <LocaleLink href={createMeetingCompareUrl(a.id)}>
          {t('another', { a: sides.a.label })}
        </LocaleLink>{' '}
        · <a href={createMeetingCompareUrl(a.id, b.id, '/api/compare/meetings')}>JSON</a>
      </p>
      <div className={styles.pair}>
        {(
          [
            ['a', 'b', comparison.onlyA],
            ['b', 'a', comparison.onlyB],
          ] as const
        ).map(([key, other, raised]) => (
          <OnlyOneSide
            key={key}
            id={`only-${key}`}
            side={sides[key]}
            other={sides[other]}
            raised={raised}
            themeOf={themeOf}
            words={words}
          />
        ))}
      </div>
      <section aria-labelledby="shared">
        <h2 id="shared">{t('raisedAtBoth')}</h2>
        {comparison.shared.length ? (
          <ul className={styles.themeList}>
            {comparison.shared.map((shared) => (
              <SharedThemeItem
                key={shared.theme}
                shared={shared}
                sides={sides}
                themeOf={themeOf}
                words={words}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noneShared')}</p>
        )}
      </section>
    </>
  );
}
