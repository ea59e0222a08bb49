import { formatDate } from '@/lib/dates/format-date';
import type { EventDetail, Format } from '@/lib/types';

const FORMAT_LABELS: Record<Format, string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  phone: 'Telephone',
  ceremony: 'Ceremony',
};

const COUNTRY_LABELS = { japan: 'Japan', us: 'U.S.', other: 'other' } as const;

/** Date (and Japan's date where it differs), time, place, format and participants of an event. */
export function EventFacts({ event }: { event: EventDetail }) {
  return (
    <dl className="facts">
      <dt>Date</dt>
      <dd>
        <time dateTime={event.date}>{formatDate(event.date)}</time>
        {event.japanDate && ` (${formatDate(event.japanDate)} in Japan)`}
        {event.startTime && `, ${event.startTime} (UTC${event.utcOffset})`}
        {event.durationMinutes && `, ${event.durationMinutes} minutes`}
      </dd>
      {event.place && (
        <>
          <dt>Place</dt>
          <dd>{event.place}</dd>
        </>
      )}
      {event.format && (
        <>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[event.format]}</dd>
        </>
      )}
      {event.participants.length > 0 && (
        <>
          <dt>Participants</dt>
          <dd>
            <ul className="plain-list" aria-label="Participants">
              {event.participants.map((person) => (
                <li key={person.name}>
                  {person.name}, {person.role} ({COUNTRY_LABELS[person.country]})
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
