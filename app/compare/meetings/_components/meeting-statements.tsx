import { LocaleLink } from '@/app/_lib/locale-link';
import { SpeakerName } from '@/app/_components/speaker-name';
import { useSpeakerWords } from '@/app/_lib/use-speaker-words';
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
  // Speakers are named in the page's language.
  const speakerWords = useSpeakerWords();
  return (
    <ol className={styles.statements} aria-label={label}>
      {statements.map((statement) => (
        <li key={statement.id}>
          <SpeakerName speaker={speakerNameOf(statement, participants, people, speakerWords)} />
          <p lang="en">
            <LocaleLink className="statement-link" href={`/events/${eventId}#${statement.id}`}>
              {statement.text}
            </LocaleLink>
          </p>
        </li>
      ))}
    </ol>
  );
}
