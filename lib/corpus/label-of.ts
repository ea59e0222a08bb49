import { surnameOf } from '../people/surname-of';
import type { Format, Kind, Participant } from '../types';

/** What labelOf() reads of an event: a file's front matter or a domain event. */
export interface LabelledEvent {
  title: string;
  /** The file's own label, which wins over the derived one. */
  label?: string;
  kind: Kind;
  /** `YYYY-MM-DD`. */
  date: string;
  place?: string;
  format?: Format;
  participants: readonly Participant[];
}

// Month names as news style shortens them, so that a call reads "Kishi-Austin call, Jan. 2021".
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/**
 * A short label that tells an event apart: the file's `label` where it sets one; else, for a
 * "2+2", "2+2 <place> <year>" ("2+2 virtual 2022"); for a meeting of a Japanese and a U.S.
 * participant, "<surname>-<surname>, <place>" ("Kishi-Austin, Pentagon"), or for a call
 * "<surname>-<surname> call, <month> <year>"; otherwise (milestones, anniversaries) the title.
 * The place is the last part of `place` ("Tokyo" of "Ministry of Defense, Tokyo") or the name in
 * its brackets ("Pentagon" of "U.S. Department of Defense (Pentagon)"), "virtual" for a virtual
 * meeting.
 */
export function labelOf(event: LabelledEvent): string {
  if (event.label) return event.label;
  if (event.kind === 'milestone' || event.kind === 'anniversary') return event.title;
  const year = event.date.slice(0, 4);
  const place = event.format === 'virtual' ? 'virtual' : placeNameOf(event.place);
  if (event.kind === 'security-consultative-committee')
    return ['2+2', place, year].filter(Boolean).join(' ');
  const pair = pairOf(event.participants);
  if (!pair) return event.title;
  if (event.kind === 'telecon' || event.format === 'phone')
    return `${pair} call, ${MONTHS[Number(event.date.slice(5, 7)) - 1]} ${year}`;
  return place ? `${pair}, ${place}` : pair;
}

/** "Kishi-Austin": the first Japanese and the first U.S. participant, by surname; null without both. */
function pairOf(participants: readonly Participant[]): string | null {
  const japan = participants.find((person) => person.country === 'japan');
  const us = participants.find((person) => person.country === 'us');
  if (!japan || !us) return null;
  return `${surnameOf(japan)}-${surnameOf(us)}`;
}

/** The last part of a place ("Washington" of "White House, Washington, D.C."), or the name in its brackets. */
function placeNameOf(place: string | undefined): string | null {
  const last = (place ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'D.C.')
    .at(-1);
  if (!last) return null;
  return /\(([^)]+)\)/.exec(last)?.[1] ?? last;
}
