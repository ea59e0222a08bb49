import { invalidParameter, type Parsed } from './api-error';
import { parseListParam, quoteInput } from './parse-param';

/** The 400 for a theme id the taxonomy does not hold: it names the id and lists the known ones. */
export function unknownTheme(param: string, id: string, themeIds: string[]): Parsed<never> {
  return invalidParameter(
    param,
    `unknown theme ${quoteInput(id)}; known themes: ${themeIds.join(', ')}`,
  );
}

/**
 * Reads `themes=a,b` (may repeat; empty when absent), without repeats; a 400 for an empty value,
 * for more ids than the taxonomy has themes, or for the first id not among `themeIds`.
 */
export function parseThemeIds(params: URLSearchParams, themeIds: string[]): Parsed<string[]> {
  const themes = parseListParam(params, 'themes', themeIds.length);
  if (!themes.ok) return themes;
  const unknown = themes.value.find((id) => !themeIds.includes(id));
  return unknown === undefined ? themes : unknownTheme('themes', unknown, themeIds);
}
