/**
 * The permalink of the comparison of one meeting's English and Japanese texts:
 * `/compare/languages?event=<id>`, or the page that asks for the meeting (no id). `base`: the
 * path, e.g. `/api/compare/languages` for the API.
 */
export function createLanguageCompareUrl(id?: string, base = '/compare/languages'): string {
  return id === undefined ? base : `${base}?${new URLSearchParams({ event: id })}`;
}
