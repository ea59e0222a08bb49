'use client';

import { useLocaleSwitch } from '@/app/_lib/use-locale-switch';
import type { Locale } from '@/i18n/locales';

/** Each language's name in itself, as a switch to it reads. */
const NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' };

/** The header's switch to `target`: the same view (path, query, hash) in that language. */
export function LanguageSwitch({ target }: { target: Locale }) {
  const { href, onClick } = useLocaleSwitch(target);
  return (
    <a className="language-switch" href={href} hrefLang={target} lang={target} onClick={onClick}>
      {NAMES[target]}
    </a>
  );
}
