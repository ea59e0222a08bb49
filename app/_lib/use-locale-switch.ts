'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import type { MouseEvent } from 'react';
import { LOCALE_COOKIE, type Locale } from '@/i18n/locales';
import { localizePath } from '@/i18n/localize-path';

/** A link's href and click handler that show this very view in another language. */
export interface LocaleSwitch {
  /** The same path and query in `target` (what the server draws, and a link without script). */
  href: string;
  /** Saves the choice and goes, taking the address bar as it is now (hash included). */
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The switch to `target`: same path, same query (window, filter, event), other language. The
 * page loads anew so that every part of it, the layout too, is drawn in that language.
 */
export function useLocaleSwitch(target: Locale): LocaleSwitch {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = localizePath(`${pathname}${search ? `?${search}` : ''}`, target);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    saveLocale(target);
    // A new tab or window keeps the browser's own handling.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    const { pathname: path, search: query, hash } = window.location;
    window.location.assign(localizePath(`${path}${query}${hash}`, target));
  };
  return { href, onClick };
}

/** Keeps a language as the person's choice: no suggestion to switch is offered after it. */
export function saveLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}
