import { formatDateIn } from '@/lib/dates/format-date-in';
import { japaneseRoleOf } from '@/lib/people/japanese-role-of';
import { fillIn } from '@/lib/text/fill-in';
import type { EventDetail, Participant, Person } from '@/lib/types';
import { ENGLISH_EVENT_WORDS, type EventWords } from './event-words';
import { FilledTemplate } from './filled-template';

/**
 * Date (and Japan's date where it differs), time, place, format and participants of an event.
 * `words`: the page language's (English by default); the place stays as the corpus writes it.
 */
export function EventFacts({
  event,
  words = ENGLISH_EVENT_WORDS,
}: {
  event: EventDetail;
  words?: EventWords;
}) {
  const { facts, locale } = words;
  const english = locale === 'en';
  return (
    <dl className="facts">
      <dt>{facts.date}</dt>
      <dd>
        <time dateTime={event.date}>{formatDateIn(event.date, locale)}</time>
        {event.japanDate && fillIn(facts.inJapan, { date: formatDateIn(event.japanDate, locale) })}
        {event.startTime &&
          fillIn(facts.startTime, { time: event.startTime, offset: event.utcOffset ?? '' })}
        {event.durationMinutes && fillIn(facts.duration, { minutes: event.durationMinutes })}
      </dd>
      {event.place && (
        <>
          <dt>{facts.place}</dt>
          <dd lang={english ? undefined : 'en'}>{event.place}</dd>
        </>
      )}
      {event.format && (
        <>
          <dt>{facts.format}</dt>
          <dd>{facts.formats[event.format]}</dd>
        </>
      )}
      {event.participants.length > 0 && (
        <>
          <dt>{facts.participants}</dt>
          <dd>
            <ul className="plain-list" aria-label={facts.participants}>
              {event.participants.map((person) => (
                <li key={person.name}>
                  <ParticipantLine person={person} words={words} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

/** "Kishi Nobuo, Minister of Defense (Japan)"; "岸信夫　防衛大臣（日本）" where Japanese is known. */
function ParticipantLine({ person, words }: { person: Participant; words: EventWords }) {
  const { facts, locale } = words;
  const country = facts.countries[person.country];
  if (locale === 'en') return fillIn(facts.participant, { ...person, country });
  const name = nameJaOf(person, words.people);
  const role = japaneseRoleOf(person.role);
  return (
    <FilledTemplate
      template={facts.participant}
      slots={{
        name: name ?? <span lang="en">{person.name}</span>,
        role: role ?? <span lang="en">{person.role}</span>,
        country,
      }}
    />
  );
}

function nameJaOf(participant: Participant, people: readonly Person[]): string | undefined {
  return people.find((person) => person.name === participant.name)?.nameJa;
}
