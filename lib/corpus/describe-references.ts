import type { Corpus, EventDetail } from '../types';
import { eventTitleIn } from './words-in';

/**
 * Title and date of every corpus event that an event's statements refer to, by id; the title in
 * `language` where the event gives one (`titleJa`), else in English. Default `en`.
 */
export function describeReferences(
  corpus: Corpus,
  event: EventDetail,
  language = 'en',
): Record<string, { title: string; date: string }> {
  const ids = new Set(event.statements.flatMap((statement) => statement.references));
  return Object.fromEntries(
    corpus.events
      .filter((candidate) => ids.has(candidate.id))
      .map((target) => [
        target.id,
        { title: eventTitleIn(target, language).text, date: target.date },
      ]),
  );
}
