'use client';

import { useLocaleContext } from './_lib/locale-context';

/** Shown when a page fails to render: says so plainly and offers a retry. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const text = useLocaleContext().errorText;
  return (
    <>
      <h1>{text.heading}</h1>
      <p>{text.body}</p>
      <button type="button" onClick={reset}>
        {text.retry}
      </button>
    </>
  );
}
