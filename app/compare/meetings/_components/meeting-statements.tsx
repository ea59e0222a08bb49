import Link from 'next/link';
import { SpeakerName } from '@/app/_components/speaker-name';
import { speakerNameOf } from '@/lib/people/speaker-name-of';
import type { Participant, Person, Statement } from '@/lib/types';
import styles from '../meetings.module.css';

interface MeetingStatementsProps {
  eventId: string;
  statements: Statement[];
  /** The event's participants, to name the speakers. */
  participants: readonly Participant[];
  people: readonly Person[];
  /** Accessible name of the list. */
  label: string;
}

/** A meeting's statements on a theme, each with its speaker and a link to it on the event's page. */
export function MeetingStatements({
  eventId,
  statements,
  participants,
  people,
  label,
}: MeetingStatementsProps) {
  return (
    <ol className={styles.statements} aria-label={label}>
      {statements.map((statement) => (
        <li key={statement.id}>
          <SpeakerName speaker={speakerNameOf(statement, participants, people)} />
          <p>
            <Link className="statement-link" href={`/events/${eventId}#${statement.id}`}>
              {statement.text}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
