import { invalidParameter, type Parsed } from './api-error';
import { parseList } from '../url/parse-list';

/** The 400 for a theme id the taxonomy does not hold: it names the id and lists the known ones. */
export function unknownTheme(param: string, id: string, themeIds: string[]): Parsed<never> {
  return invalidParameter(param, `unknown theme "${id}"; known themes: ${themeIds.join(', ')}`);
}

/** Reads `themes=a,b` (empty when absent); the first id not among `themeIds` is a 400. */
export function parseThemeIds(params: URLSearchParams, themeIds: string[]): Parsed<string[]> {
  const themes = parseList(params.get('themes'));
  const unknown = themes.find((id) => !themeIds.includes(id));
  return unknown === undefined
    ? { ok: true, value: themes }
    : unknownTheme('themes', unknown, themeIds);
}
