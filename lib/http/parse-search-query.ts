import { invalidParameter, type Parsed } from './api-error';
import { MAX_QUERY_LENGTH } from './parse-event-query';
import { parseList } from '../url/parse-list';
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
  const q = params.get('q')?.trim() ?? '';
  if (!q) return invalidParameter('q', 'q is required: the words to find');
  if (q.length > MAX_QUERY_LENGTH)
    return invalidParameter(
      'q',
      `q is ${q.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
    );
  const themes = parseList(params.get('themes'));
  const unknownTheme = themes.find((id) => !themeIds.includes(id));
  if (unknownTheme !== undefined)
    return invalidParameter(
      'themes',
      `unknown theme "${unknownTheme}"; known themes: ${themeIds.join(', ')}`,
    );
  const speakers = parseList(params.get('speaker'));
  const unknownSpeaker = speakers.find((id) => !(SPEAKERS as readonly string[]).includes(id));
  if (unknownSpeaker !== undefined)
    return invalidParameter(
      'speaker',
      `unknown speaker "${unknownSpeaker}"; speakers are ${SPEAKERS.join(', ')}`,
    );
  return { ok: true, value: { q, themes, speakers: speakers as Speaker[] } };
}
