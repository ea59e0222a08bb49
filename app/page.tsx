import Link from 'next/link';
import { formatDate } from '@/lib/format-date';
import { loadCorpus } from '@/lib/load-corpus';
import { KIND_LABELS } from '@/lib/types';
import { ProvenanceBadge } from './_components/provenance-badge';
import { ThemeChips } from './_components/theme-chips';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  const { events, themes } = loadCorpus();
  return (
    <>
      <h1>Japan-U.S. alliance meetings and milestones</h1>
      <p className="muted">
        {events.length} events. Each document is broken into statements, one per sentence, tagged
        with themes and speakers and linked to its official source.
      </p>
      <ol className="event-list" aria-label="Events in date order">
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDate(event.date)}</time>
            <div>
              <Link className="title" href={`/events/${event.id}`}>
                {event.title}
              </Link>{' '}
              <span className="muted">· {KIND_LABELS[event.kind]}</span>{' '}
              <ProvenanceBadge provenance={event.provenance} />
              <ThemeChips ids={event.themes} themes={themes} label={`Themes of ${event.title}`} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
