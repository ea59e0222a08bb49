import type { EventDetail, Theme } from '../types';
import { isOnTheme } from '../corpus/is-on-theme';

/** A theme with how often the corpus speaks of it. Dates are `YYYY-MM-DD`, null if never. */
export interface ThemeStats {
  id: string;
  label: string;
  description: string;
  color: string;
  events: number;
  statements: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Ids of the events of `firstSeen` and `lastSeen`, null if never. */
  firstEvent: string | null;
  lastEvent: string | null;
}

/** Counts for every theme over events in date order. */
export function computeThemeStats(themes: Theme[], events: EventDetail[]): ThemeStats[] {
  return themes.map(({ id, label, description, color }) => {
    const speaking = events.filter((event) => isOnTheme(event, id));
    const statements = speaking.reduce(
      (sum, event) => sum + event.statements.filter((statement) => isOnTheme(statement, id)).length,
      0,
    );
    return {
      id,
      label,
      description,
      color,
      events: speaking.length,
      statements,
      firstSeen: speaking[0]?.date ?? null,
      lastSeen: speaking.at(-1)?.date ?? null,
      firstEvent: speaking[0]?.id ?? null,
      lastEvent: speaking.at(-1)?.id ?? null,
    };
  });
}

const cache = new WeakMap<EventDetail[], ThemeStats[]>();

/** computeThemeStats() over a whole corpus, computed once per corpus. */
export function computeCorpusThemeStats(corpus: {
  themes: Theme[];
  events: EventDetail[];
}): ThemeStats[] {
  let stats = cache.get(corpus.events);
  if (!stats) {
    stats = computeThemeStats(corpus.themes, corpus.events);
    cache.set(corpus.events, stats);
  }
  return stats;
}
