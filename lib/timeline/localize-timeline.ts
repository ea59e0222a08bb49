import type { ThemeLabel } from '../types';
import type { Lane } from './lanes';
import type { TimelineEvent } from './timeline-events';
import type { TimelineWords } from './timeline-words';

const localized = new WeakMap<
  TimelineEvent[],
  { names: TimelineWords['events']; result: TimelineEvent[] }
>();

/**
 * Events named in the words' language (title, short label, participants) where the words give
 * their names, in the same order; the same array where they give none (English). Made once per
 * events and names.
 */
export function localizeEvents(
  events: TimelineEvent[],
  { events: names }: Pick<TimelineWords, 'events'>,
): TimelineEvent[] {
  if (!Object.keys(names).length) return events;
  const cached = localized.get(events);
  if (cached?.names === names) return cached.result;
  const result = events.map((event) =>
    names[event.id] ? { ...event, ...names[event.id] } : event,
  );
  localized.set(events, { names, result });
  return result;
}

/** Lanes titled in the words' language: kind lanes by their id, theme lanes by their theme's label. */
export function localizeLanes(
  lanes: readonly Lane[],
  words: Pick<TimelineWords, 'themes' | 'lanes'>,
): readonly Lane[] {
  const labelOf = (lane: Lane) => (lane.theme ? words.themes[lane.theme] : words.lanes[lane.id]);
  // The same lanes where every title stays (English): callers tell the kind lanes by identity.
  if (lanes.every((lane) => (labelOf(lane) ?? lane.label) === lane.label)) return lanes;
  return lanes.map((lane) => ({ ...lane, label: labelOf(lane) ?? lane.label }));
}

/** Themes labelled in the words' language, where it has labels of its own. */
export function localizeThemes(
  themes: readonly ThemeLabel[],
  words: Pick<TimelineWords, 'themes'>,
): ThemeLabel[] {
  return themes.map((theme) => {
    const label = words.themes[theme.id];
    return label ? { ...theme, label } : theme;
  });
}
