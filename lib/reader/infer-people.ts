import type { Participant, Person } from '../types';
import { inferSurname } from './infer-surname';

/** The people a document's participants add to the registry, known by surname. */
export function inferPeople(participants: Participant[]): Person[] {
  return participants.map(({ name, country }) => ({
    name,
    country,
    surname: inferSurname(name, country),
  }));
}
