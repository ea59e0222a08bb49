import type { Participant, Person } from '../types';

/**
 * The name a readout uses for a participant on their own ("Kishi", "Austin"): the surname
 * people.json gives for the same full name, else the family name read off the name itself
 * (Japanese names are written family name first, others last; "Jr.", "III" and the like skipped).
 * `people` may be empty (the browser does not hold people.json).
 */
export function surnameOf(participant: Participant, people: readonly Person[] = []): string {
  const listed = people.find((person) => person.name === participant.name);
  if (listed) return listed.surname;
  const words = participant.name.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '').split(/\s+/);
  return (participant.country === 'japan' ? words[0] : words.at(-1)) ?? participant.name;
}
