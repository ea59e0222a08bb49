'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** Exchanges the write token (printed by the server at start) for the page's cookie. */
export function TokenForm() {
  const router = useRouter();
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
    setError(body?.error?.message ?? `The server answered ${response.status}.`);
  };
  return (
    <form
      className="token-form"
      method="post"
      action="/api/session"
      onSubmit={submit}
      aria-describedby="token-help"
    >
      <p id="token-help">
        Adding documents needs the write token. Open the link the server printed when it started, or
        paste the token (<code>ALLIANCE_TIMELINE_TOKEN</code>) here.
      </p>
      <label htmlFor="token">Write token</label>
      <input
        id="token"
        name="token"
        type="password"
        autoComplete="off"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'token-error' : undefined}
      />
      <button type="submit">Continue</button>
      {error && (
        <p id="token-error" role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
