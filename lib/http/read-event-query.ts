import 'server-only';
import type { Parsed } from './api-error';
import { loadCorpus } from '../corpus/load-corpus';
import { parseEventQuery, type EventQuery } from './parse-event-query';
import type { Corpus } from '../types';
import { themeIdsOf } from '../corpus/theme-ids-of';

/**
 * The corpus, and the filters of /api/events that a request asks for (or the error to answer
 * with): what every route taking those filters starts with.
 */
export function readEventQuery(request: Request): { corpus: Corpus; query: Parsed<EventQuery> } {
  const corpus = loadCorpus();
  const themeIds = themeIdsOf(corpus.themes);
  return { corpus, query: parseEventQuery(new URL(request.url).searchParams, themeIds) };
}
