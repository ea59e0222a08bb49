'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales';

/** What every client component may know of the page's language, without a message library. */
export interface LocaleContextValue {
  locale: Locale;
  /** The error page's words (app/error.tsx has no server component above it to pass them). */
  errorText: { heading: string; body: string; retry: string };
}

const LocaleContext = createContext<LocaleContextValue>({
  locale: DEFAULT_LOCALE,
  errorText: { heading: '', body: '', retry: '' },
});

/**
 * Gives client components the page's language at the cost of a context: next-intl's client
 * provider (about 10 KB gzip) is loaded only by pages whose client components format messages.
 */
export function LocaleProvider({
  value,
  children,
}: {
  value: LocaleContextValue;
  children: ReactNode;
}) {
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

/** The page's language and the error page's words, in any client component. */
export function useLocaleContext(): LocaleContextValue {
  return useContext(LocaleContext);
}
