import type { Corpus } from '../types';
import type { EventNames, TimelineLanguage, TimelineWords } from './timeline-words';

const cache = new WeakMap<object, Pick<TimelineWords, 'themes' | 'events'>>();

/**
 * The corpus's own names the timeline shows, in a page's language: theme labels (`labelJa`) and
 * events' titles, short labels (`titleJa`, `labelJa`) and participants (people's `nameJa`) where
 * the data gives them. English needs none: the timeline's events and themes are in English.
 */
export function createTimelineNames(
  corpus: Pick<Corpus, 'themes' | 'people' | 'events'>,
  language: TimelineLanguage,
): Pick<TimelineWords, 'themes' | 'events'> {
  if (language !== 'ja') return { themes: {}, events: {} };
  // Once per corpus: the timeline's localized events are kept for as long as these names are.
  let names = cache.get(corpus);
  if (!names) cache.set(corpus, (names = createJapaneseNames(corpus)));
  return names;
}

function createJapaneseNames(
  corpus: Pick<Corpus, 'themes' | 'people' | 'events'>,
): Pick<TimelineWords, 'themes' | 'events'> {
  const nameJa = new Map(corpus.people.flatMap((p) => (p.nameJa ? [[p.name, p.nameJa]] : [])));
  const events: Record<string, EventNames> = {};
  for (const event of corpus.events) {
    const names: EventNames = {};
    if (event.titleJa) names.title = event.titleJa;
    if (event.labelJa) names.label = event.labelJa;
    if (event.participants.some((person) => nameJa.has(person.name)))
      names.participants = event.participants.map(({ name }) => nameJa.get(name) ?? name);
    if (Object.keys(names).length) events[event.id] = names;
  }
  const themes = Object.fromEntries(
    corpus.themes.flatMap((theme) => (theme.labelJa ? [[theme.id, theme.labelJa]] : [])),
  );
  return { themes, events };
}
