import type { Locale } from '@/i18n/locales';
import {
  COUNTRIES,
  FORMATS,
  KINDS,
  SOURCE_KINDS,
  SPEAKERS,
  type Person,
  type Speaker,
} from '@/lib/types';
import { keptPlaceholders as keep, type Translate } from '@/app/_lib/message-template';
import type { EventWords } from './event-words';

export type { Translate };

/**
 * The event's words from the messages of a language. Templates keep their `{name}`s, which the
 * components fill in (the words go to the browser as data, not as message functions).
 */
export function createEventWords(
  t: Translate,
  locale: Locale,
  people: readonly Person[],
): EventWords {
  const each = <K extends string>(keys: readonly K[], group: string) =>
    Object.fromEntries(keys.map((key) => [key, t(`${group}.${key}`)])) as Record<K, string>;
  const words = (group: string, keys: string[], templates: Record<string, string[]> = {}) =>
    Object.fromEntries(
      keys.map((key) => [key, t(`${group}.${key}`, keep(...(templates[key] ?? [])))]),
    );
  return {
    locale,
    kinds: each(KINDS, 'kinds'),
    speakers: {
      language: locale,
      sides: each<Speaker>(SPEAKERS, 'speakers'),
      bothLeaders: t('speakerNames.bothLeaders'),
      bothMinisters: t('speakerNames.bothMinisters'),
      theMinisters: t('speakerNames.theMinisters'),
    },
    people,
    facts: {
      ...(words(
        'eventFacts',
        [
          'date',
          'place',
          'format',
          'participants',
          'inJapan',
          'startTime',
          'duration',
          'participant',
        ],
        {
          inJapan: ['date'],
          startTime: ['time', 'offset'],
          duration: ['minutes'],
          participant: ['name', 'role', 'country'],
        },
      ) as Omit<EventWords['facts'], 'formats' | 'countries'>),
      formats: each(FORMATS, 'eventFacts.formats'),
      countries: each(COUNTRIES, 'eventFacts.countries'),
    },
    statements: words(
      'statementList',
      [
        'introduction',
        'statementThemes',
        'refersTo',
        'reference',
        'themesSetBy',
        'speakerSetBy',
        'none',
      ],
      {
        refersTo: ['link'],
        reference: ['title', 'date'],
        themesSetBy: ['themes'],
        speakerSetBy: ['speaker'],
      },
    ) as EventWords['statements'],
    provenance: {
      ...(words(
        'provenanceNote',
        [
          'label',
          'officialHeading',
          'officialBody',
          'summaryHeading',
          'summaryBody',
          'newsOnlyBadge',
          'newsOnly',
          'source',
          'sources',
          'sourcesLabel',
          'sourceKind',
          'sourceKindIn',
          'japanese',
          'sourceName',
        ],
        {
          sourceKind: ['kind'],
          sourceKindIn: ['kind', 'language'],
          sourceName: ['publisher', 'title'],
        },
      ) as Omit<EventWords['provenance'], 'sourceKinds'>),
      sourceKinds: each(SOURCE_KINDS, 'provenanceNote.sourceKinds'),
    },
    panel: words(
      'eventPanel',
      [
        'label',
        'event',
        'hideDetails',
        'showDetails',
        'close',
        'loadError',
        'loading',
        'themes',
        'openFullPage',
        'compareWith',
      ],
      { loadError: ['message'] },
    ) as EventWords['panel'],
  };
}
