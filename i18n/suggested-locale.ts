import Negotiator from 'negotiator';
import { LOCALES, type Locale } from './locales';

/** What decides whether to suggest another language. */
export interface SuggestionContext {
  /** The language of the page being drawn (from its URL). */
  locale: Locale;
  /** The request's Accept-Language header; null where there is none. */
  acceptLanguage: string | null;
  /** The language cookie's value; any value at all means the person has chosen. */
  saved: string | undefined;
}

/**
 * The language to offer (never to impose) a person: the one their browser prefers among ours
 * where it is not the page's and they have not yet chosen one with the switch; else null. A link
 * to a page stays in the language it names, whatever the browser prefers.
 */
export function suggestedLocaleOf({
  locale,
  acceptLanguage,
  saved,
}: SuggestionContext): Locale | null {
  if (saved !== undefined || !acceptLanguage) return null;
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } });
  const preferred = negotiator.language([...LOCALES]) as Locale | undefined;
  return preferred && preferred !== locale ? preferred : null;
}
