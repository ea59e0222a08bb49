import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { CSSProperties } from 'react';
import { computeThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { listThemeStatements } from '@/lib/compare/list-theme-statements';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { eventTitleIn, themeDescriptionIn, themeLabelIn } from '@/lib/corpus/words-in';
import { ProvenanceBadge } from '../../_components/provenance-badge';
import { LocaleLink } from '../../_lib/locale-link';
import { findTheme } from '@/lib/corpus/find-theme';
import { pageOf } from '../../_lib/page-of';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/themes/[id]'>): Promise<Metadata> {
  const theme = findTheme(loadCorpus().themes, (await params).id);
  const t = await getTranslations('themePage');
  return { title: theme ? themeLabelIn(theme, await getLocale()).text : t('notFound') };
}

/** Meetings listed on one page of a theme. */
const PAGE_SIZE = 25;

export default async function ThemePage({ params, searchParams }: PageProps<'/themes/[id]'>) {
  const corpus = loadCorpus();
  const theme = findTheme(corpus.themes, (await params).id);
  if (!theme) notFound();
  const [stats] = computeThemeStats([theme], corpus.events);
  const readings = pageOf(
    listThemeStatements(corpus.events, theme.id),
    (await searchParams).page,
    PAGE_SIZE,
  );
  const locale = await getLocale();
  const t = await getTranslations('themePage');
  const kinds = await getTranslations('kinds');
  const provenance = await getTranslations('provenance');
  const label = themeLabelIn(theme, locale);
  const description = themeDescriptionIn(theme, locale);
  const pageWords = {
    earlier: t('earlier'),
    later: t('later'),
    pageOf: t('pageOf', { page: readings.page, pages: readings.pages }),
  };
  return (
    <article className="theme-page" style={{ '--theme-color': theme.color } as CSSProperties}>
      <p className="muted">
        <LocaleLink href="/themes">{t('allThemes')}</LocaleLink>
      </p>
      <h1>
        <span className="swatch swatch-large" aria-hidden="true" />{' '}
        <span lang={label.lang}>{label.text}</span>
      </h1>
      <p className="theme-description" lang={description.lang}>
        {description.text}
      </p>
      {stats && stats.firstEvent && stats.lastEvent ? (
        <dl className="facts">
          <SeenAt
            label={t('firstSeen')}
            eventId={stats.firstEvent}
            date={formatDateIn(stats.firstSeen!, locale)}
            theme={theme.id}
          />
          <SeenAt
            label={t('lastSeen')}
            eventId={stats.lastEvent}
            date={formatDateIn(stats.lastSeen!, locale)}
            theme={theme.id}
          />
          <dt>{t('spokenOf')}</dt>
          <dd>{t('counts', { statements: stats.statements, events: stats.events })}</dd>
        </dl>
      ) : (
        <p>{t('none')}</p>
      )}
      <p className="theme-actions">
        {t.rich('actions', {
          theme: label.text,
          compare: (words) => (
            <LocaleLink href={`/compare?theme=${theme.id}`} prefetch={false}>
              {words}
            </LocaleLink>
          ),
          matrix: (words) => <LocaleLink href={`/themes?themes=${theme.id}`}>{words}</LocaleLink>,
        })}
      </p>
      <h2>{t('statementsHeading', { theme: label.text })}</h2>
      <PageLinks
        theme={theme.id}
        page={readings.page}
        pages={readings.pages}
        label={t('pages')}
        words={pageWords}
      />
      <ol className="reading-list" start={(readings.page - 1) * PAGE_SIZE + 1}>
        {readings.items.map(({ event, statements }) => {
          const title = eventTitleIn(event, locale);
          return (
            <li key={event.id}>
              <h3>
                <time dateTime={event.date}>{formatDateIn(event.date, locale)}</time>{' '}
                <LocaleLink href={`/events/${event.id}?theme=${theme.id}`} lang={title.lang}>
                  {title.text}
                </LocaleLink>
              </h3>
              <p className="muted reading-meta">
                {kinds(event.kind)} ·{' '}
                <ProvenanceBadge
                  provenance={event.provenance}
                  label={provenance(event.provenance)}
                />
              </p>
              <ol className="statements">
                {statements.map((statement) => (
                  <li key={statement.id} className="statement">
                    <p lang="en">
                      <LocaleLink
                        className="statement-link"
                        prefetch={false}
                        href={`/events/${event.id}#${statement.id}`}
                      >
                        {statement.text}
                      </LocaleLink>
                    </p>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
      <PageLinks
        theme={theme.id}
        page={readings.page}
        pages={readings.pages}
        label={t('pagesAfter')}
        words={pageWords}
      />
    </article>
  );
}

/** Links to the pages before and after this one of the theme's meetings, where there are several. */
function PageLinks(props: {
  theme: string;
  page: number;
  pages: number;
  label: string;
  words: { earlier: string; later: string; pageOf: string };
}) {
  const { theme, page, pages, label, words } = props;
  if (pages === 1) return null;
  const href = (to: number) => (to === 1 ? `/themes/${theme}` : `/themes/${theme}?page=${to}`);
  return (
    <nav className="page-links" aria-label={label}>
      {page > 1 && <LocaleLink href={href(page - 1)}>{words.earlier}</LocaleLink>}
      <span className="muted">{words.pageOf}</span>
      {page < pages && <LocaleLink href={href(page + 1)}>{words.later}</LocaleLink>}
    </nav>
  );
}

/** A first or last appearance: its date, linking to the event with the theme's statements lit. */
function SeenAt(props: { label: string; eventId: string; date: string; theme: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <LocaleLink href={`/events/${props.eventId}?theme=${props.theme}`}>{props.date}</LocaleLink>
      </dd>
    </>
  );
}
