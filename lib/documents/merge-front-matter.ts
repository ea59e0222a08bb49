import type { EventFrontMatter } from '../corpus/corpus-schema';
import type { DocumentChange } from './document-input';

/**
 * A stored document's front matter with a person's change laid over it: the facts replace the
 * stored ones, a new source replaces the first (keeping what it does not say), and `corrections`
 * replace the stored corrections (left out when there are none).
 */
export function mergeFrontMatter(
  before: EventFrontMatter,
  { facts = {}, source }: DocumentChange,
  corrections: EventFrontMatter['corrections'],
): object {
  const rest: Omit<EventFrontMatter, 'corrections'> = { ...before };
  delete (rest as EventFrontMatter).corrections;
  const sources = source
    ? [
        {
          publisher: source.publisher,
          title: source.title ?? before.sources[0]?.title ?? before.title,
          url: source.url,
          language: source.language ?? before.sources[0]?.language ?? 'en',
          kind: source.kind ?? before.sources[0]?.kind ?? 'publisher',
        },
        ...before.sources.slice(1),
      ]
    : before.sources;
  return {
    ...rest,
    ...facts,
    sources,
    ...(corrections && Object.keys(corrections).length ? { corrections } : {}),
  };
}
