'use client';

/** Shown when a page fails to render: says so plainly and offers a retry. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be shown.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
