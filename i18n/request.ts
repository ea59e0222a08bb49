// The language and messages of each render: the language proxy.ts read from the URL, unless the
// caller asks for another (the offer to switch is worded in the language it offers).
import { headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER, type Locale } from './locales';

const MESSAGES = {
  en: () => import('../messages/en.json'),
  ja: () => import('../messages/ja.json'),
} satisfies Record<Locale, () => Promise<unknown>>;

export default getRequestConfig(async ({ requestLocale }) => {
  const asked = (await requestLocale) ?? (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  return { locale, messages: (await MESSAGES[locale]()).default, timeZone: 'UTC' };
});
