import type { ThemeFilter } from './parse-theme-filter';

// Each update returns a new filter; theme ids stay in taxonomy order (`themeIds`).

/** Selects the theme if it was not selected, unselects it if it was. */
export function toggleTheme(filter: ThemeFilter, id: string, themeIds: string[]): ThemeFilter {
  const selected = new Set(filter.themes);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { ...filter, themes: themeIds.filter((themeId) => selected.has(themeId)) };
}

/** Selects this theme and no other. */
export function selectOnlyTheme(filter: ThemeFilter, id: string): ThemeFilter {
  return { ...filter, themes: [id] };
}

/** Selects every theme. */
export function selectAllThemes(filter: ThemeFilter, themeIds: string[]): ThemeFilter {
  return { ...filter, themes: [...themeIds] };
}

/** Selects no theme, which shows every event. */
export function clearThemes(filter: ThemeFilter): ThemeFilter {
  return { ...filter, themes: [] };
}

export function setThemeMatch(filter: ThemeFilter, match: ThemeFilter['match']): ThemeFilter {
  return { ...filter, match };
}
