import type { EventSummary } from '../types';

/**
 * Events a reader could not tell apart: two of the same date and kind with the same label (two
 * calls on one day between the same people; labels compare regardless of case). One message per clash, naming both ids, for the
 * corpus check; a `label` in one of the files resolves it.
 */
export function findLabelClashes(
  events: readonly Pick<EventSummary, 'id' | 'date' | 'kind' | 'label'>[],
): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const event of events) {
    const key = JSON.stringify([event.date, event.kind, event.label.toLowerCase()]);
    const other = seen.get(key);
    if (other)
      problems.push(
        `${event.id}: label: "${event.label}" is also the label of ${other}, of the same date and kind; give one of them a label that tells it apart`,
      );
    else seen.set(key, event.id);
  }
  return problems;
}
