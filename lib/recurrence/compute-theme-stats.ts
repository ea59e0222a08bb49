import type { EventDetail, Theme } from '../types';

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
  // One pass over the events, not one per theme.
  const tallies = new Map(themes.map((theme) => [theme.id, createTally()]));
  for (const event of events) {
    for (const theme of new Set(event.themes)) {
      const tally = tallies.get(theme);
      if (!tally) continue;
      tally.events += 1;
      tally.first ??= event;
      tally.last = event;
    }
    for (const statement of event.statements)
      for (const theme of new Set(statement.themes)) {
        const tally = tallies.get(theme);
        if (tally) tally.statements += 1;
      }
  }
  return themes.map(({ id, label, description, color }) => {
    const { events: count, statements, first, last } = tallies.get(id)!;
    return {
      id,
      label,
      description,
      color,
      events: count,
      statements,
      firstSeen: first?.date ?? null,
      lastSeen: last?.date ?? null,
      firstEvent: first?.id ?? null,
      lastEvent: last?.id ?? null,
    };
  });
}

function createTally() {
  return {
    events: 0,
    statements: 0,
    first: null as EventDetail | null,
    last: null as EventDetail | null,
  };
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
