import { SPEAKER_LABELS } from '../corpus/speaker-labels';
import type { Participant, Person, Speaker } from '../types';
import { surnameOf } from './surname-of';

/** Who said a statement, as the UI names them. */
export interface SpeakerName {
  /** "Austin", "Both ministers", "Both leaders"; the side's label ("U.S.") where no one is named. */
  name: string;
  side: Speaker;
  /** The side as the UI names it ("Joint", "Japan", "U.S.", "Narration"). */
  sideLabel: string;
  /** Whether `name` names people rather than repeating the side. */
  named: boolean;
}

/** What speakerNameOf() reads of a statement. */
export interface SpokenStatement {
  speaker: Speaker;
  /** Read for a surname where the side has several participants. */
  text: string;
}

const LEADER_ROLE = /^(?:Prime Minister|President)$/;
const MINISTER_ROLE = /\b(?:Minister|Secretary)\b/;

/**
 * The speaker of a statement, named from its event's participants and its side: one side's
 * statement by that side's only participant ("Kishi"), or, where the side has several, by the one
 * of them the sentence names ("Secretary Austin affirmed…"); a joint statement of one leader a
 * side is "Both leaders", of one minister a side "Both ministers", of more ministers "The
 * ministers". Otherwise the side ("U.S.", "Joint"); narration stays "Narration".
 */
export function speakerNameOf(
  statement: SpokenStatement,
  participants: readonly Participant[],
  people: readonly Person[] = [],
): SpeakerName {
  const sideLabel = SPEAKER_LABELS[statement.speaker];
  const name =
    statement.speaker === 'joint'
      ? jointNameOf(participants)
      : statement.speaker === 'other'
        ? null
        : sideNameOf(
            statement,
            participants.filter((person) => person.country === statement.speaker),
            people,
          );
  return { name: name ?? sideLabel, side: statement.speaker, sideLabel, named: name !== null };
}

/** The surname of the side's only participant, or of the only one of several the text names. */
function sideNameOf(
  statement: SpokenStatement,
  side: readonly Participant[],
  people: readonly Person[],
): string | null {
  const surnames = side.map((person) => surnameOf(person, people));
  if (surnames.length === 1) return surnames[0]!;
  const named = surnames.filter((surname) => isNamedIn(statement.text, surname));
  return named.length === 1 ? named[0]! : null;
}

function isNamedIn(text: string, surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** "Both leaders", "Both ministers" or "The ministers" of a meeting of the two sides; else null. */
function jointNameOf(participants: readonly Participant[]): string | null {
  const leaders = participants.filter((person) => LEADER_ROLE.test(person.role));
  if (isOneEachSide(leaders)) return 'Both leaders';
  const ministers = participants.filter(
    (person) => !LEADER_ROLE.test(person.role) && MINISTER_ROLE.test(person.role),
  );
  if (isOneEachSide(ministers)) return 'Both ministers';
  return hasBothSides(ministers) ? 'The ministers' : null;
}

function isOneEachSide(people: readonly Participant[]): boolean {
  return people.length === 2 && hasBothSides(people);
}

function hasBothSides(people: readonly Participant[]): boolean {
  return (
    people.some((person) => person.country === 'japan') &&
    people.some((person) => person.country === 'us')
  );
}
