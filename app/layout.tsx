import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense, type ReactNode } from 'react';
import { isReadOnly } from '@/lib/http/write-access';
import { LOCALE_COOKIE, type Locale } from '@/i18n/locales';
import { suggestedLocaleOf } from '@/i18n/suggested-locale';
import { LanguageSuggestion } from './_components/language-suggestion';
import { LanguageSwitch } from './_components/language-switch';
import { LocaleProvider } from './_lib/locale-context';
import { LocaleLink } from './_lib/locale-link';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('metadata');
  return {
    title: { default: t('title'), template: t('titleTemplate') },
    description: t('description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the 404 page included, is drawn per request: its scripts carry that request's
  // nonce (proxy.ts), which a page prerendered at build time could not.
  await connection();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('layout');
  const error = await getTranslations('error');
  const errorText = { heading: error('heading'), body: error('body'), retry: error('retry') };
  const suggested = suggestedLocaleOf({
    locale,
    acceptLanguage: (await headers()).get('accept-language'),
    saved: (await cookies()).get(LOCALE_COOKIE)?.value,
  });
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider value={{ locale, errorText }}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          {suggested && (
            <Suspense>
              <LanguageSuggestion
                current={locale}
                target={suggested}
                text={await suggestionText(suggested)}
              />
            </Suspense>
          )}
          <header className="site-header">
            <LocaleLink className="brand" href="/" prefetch={false}>
              {t('brand')}
            </LocaleLink>
            {/* Beside the brand on a phone, so that the header grows no taller; last on wider screens. */}
            <Suspense>
              <LanguageSwitch target={locale === 'ja' ? 'en' : 'ja'} />
            </Suspense>
            {/* Not prefetched: every page is drawn per request, so prefetching the header's links
                costs a server render of each page on every visit, for a click that may not come. */}
            <nav aria-label={t('navLabel')}>
              <ul>
                <li>
                  <LocaleLink href="/" prefetch={false}>
                    {t('nav.timeline')}
                  </LocaleLink>
                </li>
                <li>
                  <LocaleLink href="/compare?theme=taiwan-strait" prefetch={false}>
                    {t('nav.compare')}
                  </LocaleLink>
                </li>
                <li>
                  <LocaleLink href="/search" prefetch={false}>
                    {t('nav.search')}
                  </LocaleLink>
                </li>
                <li>
                  <LocaleLink href="/themes" prefetch={false}>
                    {t('nav.themes')}
                  </LocaleLink>
                </li>
                {!isReadOnly() && (
                  <li>
                    <LocaleLink href="/documents/new" prefetch={false}>
                      {t('nav.addDocument')}
                    </LocaleLink>
                  </li>
                )}
              </ul>
            </nav>
          </header>
          <main id="main">{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}

/** The offer to switch, written in the language it offers. */
async function suggestionText(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'languageSuggestion' });
  return { offer: t('offer'), accept: t('accept'), dismiss: t('dismiss') };
}
