'use client';

import Link from 'next/link';
import type { ComponentProps } from 'react';
import { localizePath } from '@/i18n/localize-path';
import { useLocaleContext } from './locale-context';

/** Next's Link props, with `href` an app-internal string (`/search?q=x`) or an outside URL. */
export type LocaleLinkProps = Omit<ComponentProps<typeof Link>, 'href'> & { href: string };

/**
 * A Link that stays in the page's language: `/search` is `/ja/search` on a Japanese page. For
 * Server and Client Components alike; outside links and relative hrefs pass through unchanged.
 * (A Server Component that needs the href itself: `localizePath(href, await getLocale())`.)
 */
export function LocaleLink({ href, ...props }: LocaleLinkProps) {
  return <Link href={useLocaleHref()(href)} {...props} />;
}

/** A function giving any app-internal href in the page's language: for `router.push` and the like. */
export function useLocaleHref(): (href: string) => string {
  const { locale } = useLocaleContext();
  return (href) => localizePath(href, locale);
}
