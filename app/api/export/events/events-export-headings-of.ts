import { createTranslator } from 'next-intl';
import type { EventsExportHeadings } from '@/lib/export/create-events-export';
import type { ExportLanguage } from '@/lib/export/export-language';
import { COUNTRIES, FORMATS, KINDS, PROVENANCES, SOURCE_KINDS, SPEAKERS } from '@/lib/types';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

type Translate = (key: string) => string;

/** The events export's headings in a language, from its messages. */
export function eventsExportHeadingsOf(language: ExportLanguage): EventsExportHeadings {
  const t = createTranslator({
    locale: language,
    messages: language === 'ja' ? ja : en,
  }) as unknown as Translate;
  const group = <K extends string>(prefix: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
  const fields = <K extends string>(name: keyof typeof en.eventsExport) =>
    group(`eventsExport.${name}`, Object.keys(en.eventsExport[name]) as K[]);
  return {
    file: fields('file'),
    event: fields('event'),
    source: fields('source'),
    participant: fields('participant'),
    statement: fields('statement'),
    kinds: group('kinds', KINDS),
    provenances: group('provenance', PROVENANCES),
    sourceKinds: group('provenanceNote.sourceKinds', SOURCE_KINDS),
    formats: group('eventFacts.formats', FORMATS),
    countries: group('eventFacts.countries', COUNTRIES),
    speakers: group('speakers', SPEAKERS),
  };
}
