import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findEvent } from '@/lib/corpus/find-event';
import { formatDate } from '@/lib/dates/format-date';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { describeReferences } from '@/lib/corpus/describe-references';
import { KIND_LABELS, type EventDetail, type ThemeLabel } from '@/lib/types';
import { EventFacts } from '../../_components/event-facts';
import { ProvenanceNote } from '../../_components/provenance-note';
import { StatementList } from '../../_components/statement-list';
import { ThemeChips } from '../../_components/theme-chips';
import { findTheme } from '@/lib/corpus/find-theme';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { selectThemeStatements } from '@/lib/compare/select-theme-statements';
import { MeetingPicker } from '../../compare/meetings/_components/meeting-picker';
import { meetingChoicesOf } from '../../compare/meetings/_components/meeting-choices-of';
import { BilingualText } from './_components/bilingual-text';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/events/[id]'>): Promise<Metadata> {
  const event = findEvent(loadCorpus(), (await params).id);
  return { title: event ? `${event.title}, ${formatDate(event.date)}` : 'Event not found' };
}

export default async function EventPage({ params, searchParams }: PageProps<'/events/[id]'>) {
  const corpus = loadCorpus();
  const event = findEvent(corpus, (await params).id);
  if (!event) notFound();
  const { theme: themeId } = await searchParams;
  const theme = findTheme(corpus.themes, typeof themeId === 'string' ? themeId : undefined);
  return (
    <article>
      <p className="muted">
        <Link href={`/?event=${event.id}`}>Timeline</Link> · {KIND_LABELS[event.kind]} ·{' '}
        {event.label}
      </p>
      <h1>{event.title}</h1>
      <EventFacts event={event} />
      <ThemeChips ids={event.themes} themes={corpus.themes} label="Themes" />
      <ProvenanceNote event={event}>
        <SourceNotes event={event} />
      </ProvenanceNote>
      <details className="compare-with">
        <summary>Compare with…</summary>
        <MeetingPicker
          meetings={meetingChoicesOf(corpus.events, event.id)}
          label="Meetings to compare with"
        />
      </details>
      {theme && <ThemeHighlightNote event={event} theme={theme} />}
      <StatementList
        statements={event.statements}
        themes={corpus.themes}
        participants={event.participants}
        people={corpus.people}
        referenced={describeReferences(corpus, event)}
        highlightTheme={theme?.id}
      />
      <BilingualText corpus={corpus} event={event} />
    </article>
  );
}

/** Says which statements are highlighted (`?theme=id`), and links to the first of them. */
function ThemeHighlightNote({ event, theme }: { event: EventDetail; theme: ThemeLabel }) {
  const onTheme = selectThemeStatements(event, theme.id);
  return (
    <p className="theme-highlight-note" role="note">
      {onTheme.length ? (
        <>
          <a href={`#${onTheme[0]!.id}`}>
            {onTheme.length} {onTheme.length === 1 ? 'statement' : 'statements'} on {theme.label}
          </a>{' '}
          {onTheme.length === 1 ? 'is' : 'are'} highlighted below.
        </>
      ) : (
        <>No statement of this event speaks of {theme.label}.</>
      )}{' '}
      <Link href={`/themes/${theme.id}`}>Every statement on {theme.label}</Link> ·{' '}
      <Link href={`/events/${event.id}`}>Clear the highlight</Link>
    </p>
  );
}

/** What a reader needs to weigh the sources: how far news reports go, and whose titles are whose. */
function SourceNotes({ event }: { event: EventDetail }) {
  const supplied = event.sources.some((source) => source.title.startsWith('['));
  return (
    <>
      {isNewsOnly(event) && (
        <p>
          No official readout or copy of an official text was found for this event: its statements
          rest on news reports, which are trusted only for plain facts (date, place, who, which
          topics) and for what they quote.
        </p>
      )}
      {supplied && (
        <p className="muted">
          A title in [square brackets] describes a page whose own headline could not be read.
        </p>
      )}
    </>
  );
}
