import type { Corpus, EventDetail } from '../types';

/** Title and date of every corpus event that an event's statements refer to, by id. */
export function describeReferences(
  corpus: Corpus,
  event: EventDetail,
): Record<string, { title: string; date: string }> {
  const ids = new Set(event.statements.flatMap((statement) => statement.references));
  return Object.fromEntries(
    corpus.events
      .filter((candidate) => ids.has(candidate.id))
      .map(({ id, title, date }) => [id, { title, date }]),
  );
}
