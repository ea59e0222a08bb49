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

/** The words a language names speakers with: its sides, and the joint speakers' names. */
export interface SpeakerWords {
  language: 'en' | 'ja';
  sides: Record<Speaker, string>;
  bothLeaders: string;
  bothMinisters: string;
  theMinisters: string;
}

/** How the English interface and the exports name speakers. */
export const ENGLISH_SPEAKER_WORDS: SpeakerWords = {
  language: 'en',
  sides: SPEAKER_LABELS,
  bothLeaders: 'Both leaders',
  bothMinisters: 'Both ministers',
  theMinisters: 'The ministers',
};

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
  words: SpeakerWords = ENGLISH_SPEAKER_WORDS,
): SpeakerName {
  const sideLabel = words.sides[statement.speaker];
  const name =
    statement.speaker === 'joint'
      ? jointNameOf(participants, words)
      : statement.speaker === 'other'
        ? null
        : sideNameOf(
            statement,
            participants.filter((person) => person.country === statement.speaker),
            people,
            words.language,
          );
  return { name: name ?? sideLabel, side: statement.speaker, sideLabel, named: name !== null };
}

/** The surname of the side's only participant, or of the only one of several the text names. */
function sideNameOf(
  statement: SpokenStatement,
  side: readonly Participant[],
  people: readonly Person[],
  language: SpeakerWords['language'],
): string | null {
  const surnames = side.map((person) => surnameOf(person, people));
  const named =
    surnames.length === 1
      ? [0]
      : surnames.flatMap((surname, index) => (isNamedIn(statement.text, surname) ? [index] : []));
  if (named.length !== 1) return null;
  const person = side[named[0]!]!;
  return language === 'ja' ? japaneseSurnameOf(person, people) : surnames[named[0]!]!;
}

/** The surname in Japanese where people.json gives it, else as written in English. */
function japaneseSurnameOf(participant: Participant, people: readonly Person[]): string {
  const listed = people.find((person) => person.name === participant.name);
  return listed?.surnameJa ?? surnameOf(participant, people);
}

function isNamedIn(text: string, surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** "Both leaders", "Both ministers" or "The ministers" of a meeting of the two sides; else null. */
function jointNameOf(participants: readonly Participant[], words: SpeakerWords): string | null {
  const leaders = participants.filter((person) => LEADER_ROLE.test(person.role));
  if (isOneEachSide(leaders)) return words.bothLeaders;
  const ministers = participants.filter(
    (person) => !LEADER_ROLE.test(person.role) && MINISTER_ROLE.test(person.role),
  );
  if (isOneEachSide(ministers)) return words.bothMinisters;
  return hasBothSides(ministers) ? words.theMinisters : null;
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
