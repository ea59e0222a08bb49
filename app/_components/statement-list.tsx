import Link from 'next/link';
import { formatDate } from '@/lib/dates/format-date';
import { SPEAKER_LABELS } from '@/lib/corpus/speaker-labels';
import { speakerNameOf } from '@/lib/people/speaker-name-of';
import type { Participant, Person, Statement, ThemeLabel } from '@/lib/types';
import { SpeakerName } from './speaker-name';
import { ThemeChips } from './theme-chips';
import { isOnTheme } from '@/lib/corpus/is-on-theme';
import { themeLabelOf } from '@/lib/corpus/find-theme';

interface StatementListProps {
  statements: Statement[];
  themes: ThemeLabel[];
  /** The event's participants, to name each statement's speaker. */
  participants: readonly Participant[];
  /** people.json, whose surnames win over those read off participants' names; empty in the browser. */
  people?: readonly Person[];
  /** Title and date of each event the statements refer to. */
  referenced: Record<string, { title: string; date: string }>;
  /** Where given, a reference is a button calling this (e.g. to select the event on the timeline). */
  onReference?: (id: string) => void;
  /** A theme whose statements are highlighted. */
  highlightTheme?: string;
  /** Heading level of the section titles. Default 2. */
  headingLevel?: 2 | 3;
}

/** A document's statements by section, each with its speaker (by name where the event names them), theme chips and references. */
export function StatementList({
  statements,
  themes,
  participants,
  people = [],
  referenced,
  onReference,
  highlightTheme,
  headingLevel = 2,
}: StatementListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return groupBySection(statements).map(({ section, items }) => (
    <section key={`${section}-${items[0]!.id}`} aria-label={section ?? 'Introduction'}>
      {section && <Heading>{section}</Heading>}
      <ol className="statements">
        {items.map((statement) => (
          <li
            className={
              highlightTheme && isOnTheme(statement, highlightTheme)
                ? 'statement statement-highlighted'
                : 'statement'
            }
            id={statement.id}
            key={statement.id}
          >
            <p>{statement.text}</p>
            <div className="meta">
              <SpeakerName speaker={speakerNameOf(statement, participants, people)} />
              <ThemeChips ids={statement.themes} themes={themes} label="Statement themes" />
              <CorrectionNote statement={statement} themes={themes} />
              {statement.references.map((id) => {
                const target = referenced[id];
                if (!target) return null;
                const name = `${target.title}, ${formatDate(target.date)}`;
                return (
                  <span key={id}>
                    Refers to{' '}
                    {onReference ? (
                      <button type="button" className="link-button" onClick={() => onReference(id)}>
                        {name}
                      </button>
                    ) : (
                      <Link href={`/events/${id}`}>{name}</Link>
                    )}
                  </span>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
    </section>
  ));
}

/** Says where a person set a statement's themes or speaker, and what the reader had found. */
function CorrectionNote({ statement, themes }: { statement: Statement; themes: ThemeLabel[] }) {
  const { inferred } = statement;
  if (!inferred) return null;
  const labels = (ids: string[]) => ids.map((id) => themeLabelOf(themes, id)).join(', ') || 'none';
  return (
    <span className="correction-note">
      {inferred.themes && (
        <>Themes set by a person (the reader found: {labels(inferred.themes)}). </>
      )}
      {inferred.speaker && (
        <>Speaker set by a person (the reader found: {SPEAKER_LABELS[inferred.speaker]}).</>
      )}
    </span>
  );
}

function groupBySection(statements: Statement[]): { section: string | null; items: Statement[] }[] {
  const groups: { section: string | null; items: Statement[] }[] = [];
  for (const statement of statements) {
    const last = groups.at(-1);
    if (last && last.section === statement.section) last.items.push(statement);
    else groups.push({ section: statement.section, items: [statement] });
  }
  return groups;
}
