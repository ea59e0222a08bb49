import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { CSSProperties } from 'react';
import { computeThemeStats } from '@/lib/recurrence/compute-theme-stats';
import { formatDate } from '@/lib/dates/format-date';
import { listThemeStatements } from '@/lib/compare/list-theme-statements';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { KIND_LABELS } from '@/lib/types';
import { ProvenanceBadge } from '../../_components/provenance-badge';
import { findTheme } from '@/lib/corpus/find-theme';
import { pageOf } from '../../_lib/page-of';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/themes/[id]'>): Promise<Metadata> {
  const theme = findTheme(loadCorpus().themes, (await params).id);
  return { title: theme ? theme.label : 'Theme not found' };
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
  return (
    <article className="theme-page" style={{ '--theme-color': theme.color } as CSSProperties}>
      <p className="muted">
        <Link href="/themes">All themes</Link>
      </p>
      <h1>
        <span className="swatch swatch-large" aria-hidden="true" /> {theme.label}
      </h1>
      <p className="theme-description">{theme.description}</p>
      {stats && stats.firstEvent && stats.lastEvent ? (
        <dl className="facts">
          <SeenAt
            label="First seen"
            eventId={stats.firstEvent}
            date={stats.firstSeen!}
            theme={theme.id}
          />
          <SeenAt
            label="Last seen"
            eventId={stats.lastEvent}
            date={stats.lastSeen!}
            theme={theme.id}
          />
          <dt>Spoken of</dt>
          <dd>
            {stats.statements.toLocaleString('en')} statements in{' '}
            {stats.events.toLocaleString('en')} events
          </dd>
        </dl>
      ) : (
        <p>No event in the corpus speaks of this theme yet.</p>
      )}
      <p className="theme-actions">
        <Link href={`/compare?theme=${theme.id}`} prefetch={false}>
          Compare
        </Link>{' '}
        what was said on {theme.label} at different meetings, or see it{' '}
        <Link href={`/themes?themes=${theme.id}`}>in the matrix</Link>.
      </p>
      <h2>Every statement on {theme.label}, oldest first</h2>
      <PageLinks
        theme={theme.id}
        page={readings.page}
        pages={readings.pages}
        label="Pages of meetings"
      />
      <ol className="reading-list" start={(readings.page - 1) * PAGE_SIZE + 1}>
        {readings.items.map(({ event, statements }) => (
          <li key={event.id}>
            <h3>
              <time dateTime={event.date}>{formatDate(event.date)}</time>{' '}
              <Link href={`/events/${event.id}?theme=${theme.id}`}>{event.title}</Link>
            </h3>
            <p className="muted reading-meta">
              {KIND_LABELS[event.kind]} · <ProvenanceBadge provenance={event.provenance} />
            </p>
            <ol className="statements">
              {statements.map((statement) => (
                <li key={statement.id} className="statement">
                  <p>
                    <Link
                      className="statement-link"
                      prefetch={false}
                      href={`/events/${event.id}#${statement.id}`}
                    >
                      {statement.text}
                    </Link>
                  </p>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <PageLinks
        theme={theme.id}
        page={readings.page}
        pages={readings.pages}
        label="Pages of meetings, after the list"
      />
    </article>
  );
}

/** Links to the pages before and after this one of the theme's meetings, where there are several. */
function PageLinks(props: { theme: string; page: number; pages: number; label: string }) {
  const { theme, page, pages, label } = props;
  if (pages === 1) return null;
  const href = (to: number) => (to === 1 ? `/themes/${theme}` : `/themes/${theme}?page=${to}`);
  return (
    <nav className="page-links" aria-label={label}>
      {page > 1 && <Link href={href(page - 1)}>Earlier meetings</Link>}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={href(page + 1)}>Later meetings</Link>}
    </nav>
  );
}

/** A first or last appearance: its date, linking to the event with the theme's statements lit. */
function SeenAt(props: { label: string; eventId: string; date: string; theme: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <Link href={`/events/${props.eventId}?theme=${props.theme}`}>{formatDate(props.date)}</Link>
      </dd>
    </>
  );
}
