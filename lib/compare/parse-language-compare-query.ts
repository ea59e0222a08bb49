import { invalidParameter, notFound, type Parsed } from '../http/api-error';
import { parseSingleParam, quoteInput } from '../http/parse-param';
import { eventById } from '../corpus/corpus-index';
import type { Corpus, EventDetail } from '../types';

/**
 * Reads `event` of `/api/compare/languages`: missing, empty or given twice is a 400 naming it; an
 * id the corpus does not hold is a 404.
 */
export function parseLanguageCompareQuery(
  params: URLSearchParams,
  corpus: Corpus,
): Parsed<EventDetail> {
  const id = parseSingleParam(params, 'event');
  if (!id.ok) return id;
  if (id.value === undefined)
    return invalidParameter('event', 'event is required: the id of the meeting to compare');
  const event = eventById(corpus, id.value);
  if (!event)
    return { ok: false, error: notFound(`no event has the id ${quoteInput(id.value)}`, 'event') };
  return { ok: true, value: event };
}
