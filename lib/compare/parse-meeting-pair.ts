import { invalidParameter, notFound, type Parsed } from '../http/api-error';
import { parseSingleParam, quoteInput } from '../http/parse-param';
import { eventById } from '../corpus/corpus-index';
import type { Corpus, EventDetail } from '../types';

/** The two meetings `/compare/meetings` and its API compare. */
export interface MeetingPair {
  a: EventDetail;
  b: EventDetail;
}

/**
 * Reads `a` and `b`, each one event id: a missing, empty or repeated parameter, or `b` the same
 * as `a`, is a 400 naming it; an id the corpus does not hold is a 404 naming its parameter.
 */
export function parseMeetingPair(params: URLSearchParams, corpus: Corpus): Parsed<MeetingPair> {
  const a = parseMeeting(params, corpus, 'a');
  if (!a.ok) return a;
  const b = parseMeeting(params, corpus, 'b');
  if (!b.ok) return b;
  if (a.value.id === b.value.id)
    return invalidParameter('b', 'b is the same meeting as a; choose another meeting');
  return { ok: true, value: { a: a.value, b: b.value } };
}

function parseMeeting(
  params: URLSearchParams,
  corpus: Corpus,
  name: 'a' | 'b',
): Parsed<EventDetail> {
  const id = parseSingleParam(params, name);
  if (!id.ok) return id;
  if (id.value === undefined)
    return invalidParameter(name, `${name} is required; give it an event id`);
  const event = eventById(corpus, id.value);
  if (!event)
    return { ok: false, error: notFound(`no event has the id ${quoteInput(id.value)}`, name) };
  return { ok: true, value: event };
}
