import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findEvent } from '@/lib/find-event';
import { formatDate } from '@/lib/format-date';
import { loadCorpus } from '@/lib/load-corpus';
import {
  KIND_LABELS,
  type Corpus,
  type EventDetail,
  type Speaker,
  type Statement,
  type Theme,
} from '@/lib/types';
import { ProvenanceNote } from '../../_components/provenance-note';
import { ThemeChips } from '../../_components/theme-chips';

export const dynamic = 'force-dynamic';

const SPEAKER_LABELS: Record<Speaker, string> = {
  joint: 'Joint',
  japan: 'Japan',
  us: 'U.S.',
  other: 'Narration',
};

const FORMAT_LABELS = {
  'in-person': 'In person',
  virtual: 'Virtual',
  phone: 'Telephone',
  ceremony: 'Ceremony',
};

export async function generateMetadata({ params }: PageProps<'/events/[id]'>): Promise<Metadata> {
  const event = findEvent(loadCorpus(), (await params).id);
  return { title: event ? `${event.title}, ${formatDate(event.date)}` : 'Event not found' };
}

export default async function EventPage({ params, searchParams }: PageProps<'/events/[id]'>) {
  const corpus = loadCorpus();
  const event = findEvent(corpus, (await params).id);
  if (!event) notFound();
  const theme = findHighlightedTheme(corpus, (await searchParams).theme);
  return (
    <article>
      <p className="muted">
        <Link href="/">All events</Link> · {KIND_LABELS[event.kind]}
      </p>
      <h1>{event.title}</h1>
      <EventFacts event={event} />
      <ThemeChips ids={event.themes} themes={corpus.themes} label="Themes" />
      <ProvenanceNote event={event} />
      {theme && <ThemeHighlightNote event={event} theme={theme} />}
      {groupBySection(event.statements).map(({ section, statements }) => (
        <section key={section ?? ''} aria-label={section ?? 'Introduction'}>
          {section && <h2>{section}</h2>}
          <ol className="statements">
            {statements.map((statement) => (
              <StatementItem
                key={statement.id}
                statement={statement}
                corpus={corpus}
                highlighted={Boolean(theme && statement.themes.includes(theme.id))}
              />
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}

function EventFacts({ event }: { event: EventDetail }) {
  return (
    <dl className="facts">
      <dt>Date</dt>
      <dd>
        <time dateTime={event.date}>{formatDate(event.date)}</time>
        {event.japanDate && ` (${formatDate(event.japanDate)} in Japan)`}
        {event.startTime && `, ${event.startTime} (UTC${event.utcOffset})`}
        {event.durationMinutes && `, ${event.durationMinutes} minutes`}
      </dd>
      {event.place && (
        <>
          <dt>Place</dt>
          <dd>{event.place}</dd>
        </>
      )}
      {event.format && (
        <>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[event.format]}</dd>
        </>
      )}
      {event.participants.length > 0 && (
        <>
          <dt>Participants</dt>
          <dd>
            <ul className="chips" aria-label="Participants">
              {event.participants.map((person) => (
                <li key={person.name}>
                  {person.name}, {person.role} (
                  {person.country === 'us'
                    ? 'U.S.'
                    : person.country === 'japan'
                      ? 'Japan'
                      : 'other'}
                  )
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function StatementItem({
  statement,
  corpus,
  highlighted = false,
}: {
  statement: Statement;
  corpus: Corpus;
  highlighted?: boolean;
}) {
  return (
    <li className={highlighted ? 'statement statement-highlighted' : 'statement'} id={statement.id}>
      <p>{statement.text}</p>
      <div className="meta">
        <span className="speaker">{SPEAKER_LABELS[statement.speaker]}</span>
        <ThemeChips ids={statement.themes} themes={corpus.themes} label="Statement themes" />
        {statement.references.map((id) => {
          const target = findEvent(corpus, id);
          return (
            target && (
              <span key={id}>
                Refers to{' '}
                <Link href={`/events/${id}`}>
                  {target.title}, {formatDate(target.date)}
                </Link>
              </span>
            )
          );
        })}
      </div>
    </li>
  );
}

function groupBySection(
  statements: Statement[],
): { section: string | null; statements: Statement[] }[] {
  const groups: { section: string | null; statements: Statement[] }[] = [];
  for (const statement of statements) {
    const last = groups.at(-1);
    if (last && last.section === statement.section) last.statements.push(statement);
    else groups.push({ section: statement.section, statements: [statement] });
  }
  return groups;
}

/** `?theme=id` of a known theme (from the recurrence matrix or a theme page), else undefined. */
function findHighlightedTheme(corpus: Corpus, value: string | string[] | undefined) {
  return corpus.themes.find((theme) => theme.id === value);
}

/** Says which statements are highlighted, and links to the first of them. */
function ThemeHighlightNote({ event, theme }: { event: EventDetail; theme: Theme }) {
  const onTheme = event.statements.filter((statement) => statement.themes.includes(theme.id));
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
