import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, DEFAULT_LOCALE } from '@/i18n/locales';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { createEventWords, type Translate } from './create-event-words';
import type { EventWords } from './event-words';

/** The event's words in the page's language, for EventFacts, StatementList, ProvenanceNote and EventPanel. */
export async function eventWordsOf(): Promise<EventWords> {
  const asked = await getLocale();
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const t = (await getTranslations()) as unknown as Translate;
  return createEventWords(t, locale, locale === DEFAULT_LOCALE ? [] : loadCorpus().people);
}
