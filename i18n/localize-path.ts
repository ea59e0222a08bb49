import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/**
 * An app-internal href (`/search?q=x`, `/`, `/#main`) in a language: prefixed with `/ja` for
 * Japanese, left as it is for English. Hrefs that leave the site (`https://…`, `//…`, `mailto:`)
 * and relative ones (`?q=x`, `#id`) are returned unchanged, as is one already in a language.
 */
export function localizePath(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const { pathname, rest } = splitHref(href);
  const bare = delocalizePath(pathname).pathname;
  if (locale === DEFAULT_LOCALE) return bare + rest;
  return `/${locale}${bare === '/' ? '' : bare}${rest}`;
}

/**
 * The language a path is in and the path without its prefix: `/ja/search` → `ja`, `/search`;
 * `/ja` → `ja`, `/`; `/japan` → `en`, `/japan`.
 */
export function delocalizePath(pathname: string): { locale: Locale; pathname: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = `/${locale}`;
    if (pathname === prefix) return { locale, pathname: '/' };
    if (pathname.startsWith(`${prefix}/`))
      return { locale, pathname: pathname.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, pathname };
}

function splitHref(href: string): { pathname: string; rest: string } {
  const at = href.search(/[?#]/);
  return at === -1
    ? { pathname: href, rest: '' }
    : { pathname: href.slice(0, at), rest: href.slice(at) };
}
