import type { Participant, Person } from '../types';
import { findJapaneseMentions } from './find-japanese-mentions';

/**
 * The people a Japanese text names with an office ("岸防衛大臣", "オースティン米国防長官"), in order
 * of first mention, each once, by the names the registry gives them; a name the registry does not
 * know in Japanese is left out rather than guessed at.
 */
export function inferJapaneseParticipants(text: string, people: Person[]): Participant[] {
  const seen = new Set<string>();
  const participants: Participant[] = [];
  for (const { person, title } of findJapaneseMentions(text, people)) {
    if (seen.has(person.name)) continue;
    seen.add(person.name);
    participants.push({ name: person.name, role: title.role, country: person.country });
  }
  return participants;
}
