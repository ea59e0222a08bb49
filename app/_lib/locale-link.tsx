import Link from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { isLocale, DEFAULT_LOCALE } from '@/i18n/locales';
import { localizePath } from '@/i18n/localize-path';

/** Next's Link props, with `href` an app-internal string (`/search?q=x`) or an outside URL. */
export type LocaleLinkProps = Omit<ComponentProps<typeof Link>, 'href'> & { href: string };

/**
 * A Link that stays in the page's language: `/search` is `/ja/search` on a Japanese page. For
 * Server and Client Components alike; outside links and relative hrefs pass through unchanged.
 */
export function LocaleLink({ href, ...props }: LocaleLinkProps) {
  return <Link href={useLocaleHref()(href)} {...props} />;
}

/** A function giving any app-internal href in the page's language: for `router.push`, form actions. */
export function useLocaleHref(): (href: string) => string {
  const given = useLocale();
  const locale = isLocale(given) ? given : DEFAULT_LOCALE;
  return (href) => localizePath(href, locale);
}
