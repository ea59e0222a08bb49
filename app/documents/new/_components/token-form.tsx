'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

/** Exchanges the write token (printed by the server at start) for the page's cookie. */
export function TokenForm() {
  const router = useRouter();
  const t = useTranslations('addDocument.token');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = new FormData(event.currentTarget).get('token');
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    if (response.ok) return router.refresh();
    const body = await response.json().catch(() => null);
    const detail = body?.error?.message ?? t('serverAnswered', { status: response.status });
    setError(t(body?.error?.code === 'unauthorized' ? 'missing' : 'invalid', { detail }));
  };
  return (
    <form
      className="token-form"
      method="post"
      action="/api/session"
      onSubmit={submit}
      aria-describedby="token-help"
    >
      <p id="token-help">{t.rich('help', { code: (name) => <code>{name}</code> })}</p>
      <label htmlFor="token">{t('label')}</label>
      <input
        id="token"
        name="token"
        type="password"
        autoComplete="off"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'token-error' : undefined}
      />
      <button type="submit">{t('submit')}</button>
      {error && (
        <p id="token-error" role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
