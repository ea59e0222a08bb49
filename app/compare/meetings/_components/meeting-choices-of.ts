import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';
import { formatDate } from '@/lib/dates/format-date';
import type { EventDetail } from '@/lib/types';
import type { MeetingChoice } from './meeting-picker';

// Milestones and anniversaries are not meetings: the picker leaves them out (the URL still takes them).
const NOT_MEETINGS = new Set(['milestone', 'anniversary']);

/**
 * The meetings a picker offers, in the order given: with `a`, every other meeting, each opening
 * its comparison with `a`; without, every meeting, each opening the question of what to compare it with.
 */
export function meetingChoicesOf(events: readonly EventDetail[], a?: string): MeetingChoice[] {
  return events
    .filter((event) => !NOT_MEETINGS.has(event.kind) && event.id !== a)
    .map((event) => ({
      id: event.id,
      title: event.title,
      label: event.label,
      dateLabel: formatDate(event.date),
      href: a ? createMeetingCompareUrl(a, event.id) : createMeetingCompareUrl(event.id),
    }));
}
