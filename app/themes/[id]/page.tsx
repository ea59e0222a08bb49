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

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/themes/[id]'>): Promise<Metadata> {
  const theme = findTheme(loadCorpus().themes, (await params).id);
  return { title: theme ? theme.label : 'Theme not found' };
}

export default async function ThemePage({ params }: PageProps<'/themes/[id]'>) {
  const corpus = loadCorpus();
  const theme = findTheme(corpus.themes, (await params).id);
  if (!theme) notFound();
  const [stats] = computeThemeStats([theme], corpus.events);
  const readings = listThemeStatements(corpus.events, theme.id);
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
      <ol className="reading-list">
        {readings.map(({ event, statements }) => (
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
    </article>
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
