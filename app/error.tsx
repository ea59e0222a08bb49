'use client';

import { useTranslations } from 'next-intl';

/** Shown when a page fails to render: says so plainly and offers a retry. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('body')}</p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </>
  );
}
