import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findEvent } from '@/lib/find-event';
import { formatDate } from '@/lib/format-date';
import { loadCorpus } from '@/lib/load-corpus';
import { describeReferences } from '@/lib/describe-references';
import { KIND_LABELS } from '@/lib/types';
import { EventFacts } from '../../_components/event-facts';
import { ProvenanceNote } from '../../_components/provenance-note';
import { StatementList } from '../../_components/statement-list';
import { ThemeChips } from '../../_components/theme-chips';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/events/[id]'>): Promise<Metadata> {
  const event = findEvent(loadCorpus(), (await params).id);
  return { title: event ? `${event.title}, ${formatDate(event.date)}` : 'Event not found' };
}

export default async function EventPage({ params }: PageProps<'/events/[id]'>) {
  const corpus = loadCorpus();
  const event = findEvent(corpus, (await params).id);
  if (!event) notFound();
  return (
    <article>
      <p className="muted">
        <Link href={`/?event=${event.id}`}>Timeline</Link> · {KIND_LABELS[event.kind]}
      </p>
      <h1>{event.title}</h1>
      <EventFacts event={event} />
      <ThemeChips ids={event.themes} themes={corpus.themes} label="Themes" />
      <ProvenanceNote event={event} />
      <StatementList
        statements={event.statements}
        themes={corpus.themes}
        referenced={describeReferences(corpus, event)}
      />
    </article>
  );
}
