'use client';

import { useState } from 'react';
import { saveLocale, useLocaleSwitch } from '@/app/_lib/use-locale-switch';
import type { Locale } from '@/i18n/locales';

interface LanguageSuggestionProps {
  /** The page's language, kept as the choice if the offer is declined. */
  current: Locale;
  /** The language the browser prefers, which the page is not in. */
  target: Locale;
  /** The offer and its two answers, written in `target`. */
  text: { offer: string; accept: string; dismiss: string };
}

/**
 * An offer to read the view in the browser's preferred language, never a redirect: a link to a
 * page stays in its language. Either answer is kept (the switch's cookie) and the offer is not
 * made again.
 */
export function LanguageSuggestion({ current, target, text }: LanguageSuggestionProps) {
  const { href, onClick } = useLocaleSwitch(target);
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const dismiss = () => {
    saveLocale(current);
    setOpen(false);
  };
  return (
    <aside className="language-suggestion" lang={target} aria-label={text.offer}>
      <p>
        {text.offer}{' '}
        <a href={href} hrefLang={target} onClick={onClick}>
          {text.accept}
        </a>{' '}
        <button type="button" onClick={dismiss}>
          {text.dismiss}
        </button>
      </p>
    </aside>
  );
}
