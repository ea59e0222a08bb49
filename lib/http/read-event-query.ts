import 'server-only';
import type { Parsed } from './api-error';
import { loadCorpus } from '../corpus/load-corpus';
import { parseEventQuery, type EventQuery } from './parse-event-query';
import type { Corpus } from '../types';
import { themeIdsOf } from '../corpus/theme-ids-of';

/**
 * The corpus, the request's search parameters, and the filters of /api/events they ask for (or
 * the error to answer with): what every route taking those filters starts with.
 */
export function readEventQuery(request: Request): {
  corpus: Corpus;
  params: URLSearchParams;
  query: Parsed<EventQuery>;
} {
  const corpus = loadCorpus();
  const params = new URL(request.url).searchParams;
  return { corpus, params, query: parseEventQuery(params, themeIdsOf(corpus.themes)) };
}
