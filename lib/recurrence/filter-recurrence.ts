import type { Recurrence } from './compute-recurrence';
import type { ThemeFilter } from '../filter/parse-theme-filter';

/**
 * Applies a theme filter to a recurrence computed over every theme, the way `/api/recurrence`
 * applies `themes` and `match` on the server: rows become the selected themes (all when none is
 * selected) and columns the events that have any (or all) of them. An event has a theme when one
 * of its statements does, so the cells hold all that is needed; no corpus is read.
 */
export function filterRecurrence(recurrence: Recurrence, filter: ThemeFilter): Recurrence {
  if (!filter.themes.length) return recurrence;
  const themesByEvent = indexThemesByEvent(recurrence);
  const isMatch = (event: string) => {
    const themes = themesByEvent.get(event);
    if (!themes) return false;
    return filter.match === 'all'
      ? filter.themes.every((id) => themes.has(id))
      : filter.themes.some((id) => themes.has(id));
  };
  const rows = new Set(filter.themes);
  const columns = recurrence.columns.filter((column) => isMatch(column.id));
  const kept = new Set(columns.map((column) => column.id));
  return {
    themes: recurrence.themes.filter((theme) => rows.has(theme)),
    events: columns.map((column) => column.id),
    columns,
    cells: recurrence.cells.filter((cell) => rows.has(cell.theme) && kept.has(cell.event)),
  };
}

// A recurrence is filtered again at every toggle; its index is built once.
const indexes = new WeakMap<Recurrence, Map<string, Set<string>>>();

/** Each event's themes: those with a cell in its column. */
function indexThemesByEvent(recurrence: Recurrence): Map<string, Set<string>> {
  let index = indexes.get(recurrence);
  if (index) return index;
  index = new Map();
  for (const cell of recurrence.cells) {
    let themes = index.get(cell.event);
    if (!themes) index.set(cell.event, (themes = new Set()));
    themes.add(cell.theme);
  }
  indexes.set(recurrence, index);
  return index;
}
