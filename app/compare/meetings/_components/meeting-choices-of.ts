import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventLabelIn, eventTitleIn } from '@/lib/corpus/words-in';
import { localizePath } from '@/i18n/localize-path';
import type { Locale } from '@/i18n/locales';
import type { EventDetail } from '@/lib/types';
import type { MeetingChoice } from './meeting-picker';

// Milestones and anniversaries are not meetings: the picker leaves them out (the URL still takes them).
const NOT_MEETINGS = new Set(['milestone', 'anniversary']);

/**
 * The meetings a picker offers, in the order given: with `a`, every other meeting, each opening
 * its comparison with `a`; without, every meeting, each opening the question of what to compare it with.
 * Titles, labels, dates and addresses are in `locale` (English by default).
 */
export function meetingChoicesOf(
  events: readonly EventDetail[],
  a?: string,
  locale: Locale = 'en',
): MeetingChoice[] {
  return events
    .filter((event) => !NOT_MEETINGS.has(event.kind) && event.id !== a)
    .map((event) => {
      const title = eventTitleIn(event, locale);
      const label = eventLabelIn(event, locale);
      return {
        id: event.id,
        title: title.text,
        label: label.text,
        lang: label.lang === title.lang ? label.lang : 'en',
        dateLabel: formatDateIn(event.date, locale),
        href: localizePath(
          a ? createMeetingCompareUrl(a, event.id) : createMeetingCompareUrl(event.id),
          locale,
        ),
      };
    });
}
