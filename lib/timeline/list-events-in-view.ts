import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';
import { fillIn } from '../text/fill-in';
import type { TimelineWords } from './timeline-words';

/** The most rows the list view shows at once. */
export const LIST_LIMIT = 500;

/**
 * The list view's rows: the events in the window, in date order, those `include` rejects left out
 * unless they are shown faintly (`dimExcluded`).
 */
export function listEventsInView(
  events: readonly TimelineEvent[],
  [start, end]: Domain,
  include: ((event: TimelineEvent) => boolean) | null,
  dimExcluded: boolean,
): TimelineEvent[] {
  return events.filter(
    (event) =>
      event.time >= start && event.time < end && (!include || dimExcluded || include(event)),
  );
}

/** The list's caption: how many events are in view, and that only the first LIST_LIMIT are listed. */
export function createListCaption(
  count: number,
  words: Pick<TimelineWords, 'listCaption' | 'listCaptionMore'>,
): string {
  const template = count > LIST_LIMIT ? words.listCaptionMore : words.listCaption;
  return fillIn(template, { count, limit: LIST_LIMIT });
}
