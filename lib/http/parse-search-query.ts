import { invalidParameter, type Parsed } from './api-error';
import { parseListParam, quoteInput } from './parse-param';
import { parseQueryWords } from './parse-query-words';
import { parseThemeIds } from './parse-theme-ids';
import { SPEAKERS, type Speaker } from '../types';

/** A search of the statements. */
export interface SearchQuery {
  /** The words to find, in order; trimmed, never empty, at most MAX_QUERY_LENGTH characters. */
  q: string;
  /** Theme ids; a statement matches when it has any of them. Empty: every theme. */
  themes: string[];
  /** Speakers; empty: every speaker. */
  speakers: Speaker[];
}

/** Reads `q`, `themes` and `speaker` from search parameters; the first problem is a 400. */
export function parseSearchQuery(params: URLSearchParams, themeIds: string[]): Parsed<SearchQuery> {
  const q = parseQueryWords(params);
  if (!q.ok) return q;
  if (!q.value) return invalidParameter('q', 'q is required: the words to find');
  const themes = parseThemeIds(params, themeIds);
  if (!themes.ok) return themes;
  const speakers = parseListParam(params, 'speaker', SPEAKERS.length);
  if (!speakers.ok) return speakers;
  const unknownSpeaker = speakers.value.find((id) => !(SPEAKERS as readonly string[]).includes(id));
  if (unknownSpeaker !== undefined)
    return invalidParameter(
      'speaker',
      `unknown speaker ${quoteInput(unknownSpeaker)}; speakers are ${SPEAKERS.join(', ')}`,
    );
  return {
    ok: true,
    value: { q: q.value, themes: themes.value, speakers: speakers.value as Speaker[] },
  };
}
