/** The interface's languages: English at `/`, Japanese under `/ja`. */
export const LOCALES = ['en', 'ja'] as const;

/** One of the interface's languages. */
export type Locale = (typeof LOCALES)[number];

/** The language of every URL without a language prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The request header proxy.ts sets on every page request (overwriting any the client sent) and
 * i18n/request.ts reads: the language the page is drawn in.
 */
export const LOCALE_HEADER = 'x-locale';

/** The cookie that keeps a language a person chose with the switch (a year; no other use). */
export const LOCALE_COOKIE = 'locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}
