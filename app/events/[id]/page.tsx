import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { LocaleLink } from '../../_lib/locale-link';
import type { Locale } from '@/i18n/locales';
import { notFound } from 'next/navigation';
import { findEvent } from '@/lib/corpus/find-event';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventLabelIn, eventTitleIn, themeLabelIn } from '@/lib/corpus/words-in';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { describeReferences } from '@/lib/corpus/describe-references';
import type { EventDetail, Theme } from '@/lib/types';
import { EventFacts } from '../../_components/event-facts';
import { eventWordsOf } from '../../_components/event-words-of';
import { ProvenanceNote } from '../../_components/provenance-note';
import { StatementList } from '../../_components/statement-list';
import { ThemeChips } from '../../_components/theme-chips';
import { findTheme } from '@/lib/corpus/find-theme';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { selectThemeStatements } from '@/lib/compare/select-theme-statements';
import { MeetingPicker } from '../../compare/meetings/_components/meeting-picker';
import { meetingChoicesOf } from '../../compare/meetings/_components/meeting-choices-of';
import { BilingualText } from './_components/bilingual-text';
import { meetingPickerWordsOf } from '../../compare/meetings/_components/meeting-picker-words-of';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/events/[id]'>): Promise<Metadata> {
  const event = findEvent(loadCorpus(), (await params).id);
  const t = await getTranslations('eventPage');
  const locale = await getLocale();
  return {
    title: event
      ? t('metaTitle', {
          title: eventTitleIn(event, locale).text,
          date: formatDateIn(event.date, locale),
        })
      : t('notFound'),
  };
}

export default async function EventPage({ params, searchParams }: PageProps<'/events/[id]'>) {
  const corpus = loadCorpus();
  const event = findEvent(corpus, (await params).id);
  if (!event) notFound();
  const { theme: themeId } = await searchParams;
  const theme = findTheme(corpus.themes, typeof themeId === 'string' ? themeId : undefined);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('eventPage');
  const kinds = await getTranslations('kinds');
  const title = eventTitleIn(event, locale);
  const label = eventLabelIn(event, locale);
  const meetings = meetingChoicesOf(corpus.events, event.id, locale);
  const words = await eventWordsOf();
  return (
    <article>
      <p className="muted">
        <LocaleLink href={`/?event=${event.id}`}>{t('timeline')}</LocaleLink> · {kinds(event.kind)}{' '}
        · <span lang={label.lang}>{label.text}</span>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <EventFacts event={event} words={words} />
      <ThemeChips ids={event.themes} themes={corpus.themes} label={t('themes')} locale={locale} />
      <ProvenanceNote event={event} words={words}>
        <SourceNotes event={event} />
      </ProvenanceNote>
      <details className="compare-with">
        <summary>{t('compareWith')}</summary>
        <MeetingPicker
          meetings={meetings}
          label={t('meetingsToCompare')}
          words={await meetingPickerWordsOf(meetings.length)}
        />
      </details>
      {theme && <ThemeHighlightNote event={event} theme={theme} locale={locale} />}
      <StatementList
        statements={event.statements}
        themes={corpus.themes}
        participants={event.participants}
        people={corpus.people}
        referenced={describeReferences(corpus, event, locale)}
        highlightTheme={theme?.id}
        words={words}
      />
      <BilingualText corpus={corpus} event={event} />
    </article>
  );
}

/** Says which statements are highlighted (`?theme=id`), and links to the first of them. */
function ThemeHighlightNote({
  event,
  theme,
  locale,
}: {
  event: EventDetail;
  theme: Pick<Theme, 'id' | 'label' | 'labelJa'>;
  locale: Locale;
}) {
  const t = useTranslations('eventPage');
  const onTheme = selectThemeStatements(event, theme.id);
  const label = themeLabelIn(theme, locale).text;
  return (
    <p className="theme-highlight-note" role="note">
      {onTheme.length
        ? t.rich('highlighted', {
            count: onTheme.length,
            theme: label,
            link: (words) => <a href={`#${onTheme[0]!.id}`}>{words}</a>,
          })
        : t('noneOnTheme', { theme: label })}{' '}
      <LocaleLink href={`/themes/${theme.id}`}>{t('everyStatement', { theme: label })}</LocaleLink>{' '}
      · <LocaleLink href={`/events/${event.id}`}>{t('clearHighlight')}</LocaleLink>
    </p>
  );
}

/** What a reader needs to weigh the sources: how far news reports go, and whose titles are whose. */
function SourceNotes({ event }: { event: EventDetail }) {
  const t = useTranslations('eventPage');
  const supplied = event.sources.some((source) => source.title.startsWith('['));
  return (
    <>
      {isNewsOnly(event) && <p>{t('newsOnlyNote')}</p>}
      {supplied && <p className="muted">{t('suppliedTitles')}</p>}
    </>
  );
}
