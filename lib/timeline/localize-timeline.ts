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
 * their names, in the same order; the same array where they give none (English). An event with a
 * title in the language but no short label is labelled from that title, not the English label.
 * Made once per events and names.
 */
export function localizeEvents(
  events: TimelineEvent[],
  { events: names }: Pick<TimelineWords, 'events'>,
): TimelineEvent[] {
  if (!Object.keys(names).length) return events;
  const cached = localized.get(events);
  if (cached?.names === names) return cached.result;
  const result = events.map((event) => {
    const named = names[event.id];
    if (!named) return event;
    return named.title && !named.label
      ? { ...event, ...named, label: undefined }
      : { ...event, ...named };
  });
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

/**
 * The language an event's name is shown in where it is not the page's: `en` on a Japanese page
 * where the words have no title for it (it is shown in English, and marked so), else undefined.
 */
export function nameLangOf(
  id: string,
  words: Pick<TimelineWords, 'language' | 'events'>,
): 'en' | undefined {
  return words.language === 'ja' && !words.events[id]?.title ? 'en' : undefined;
}
