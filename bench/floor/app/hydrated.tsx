'use client';

import { useLayoutEffect } from 'react';

/** Marks `floor:hydrated` as React commits the page in the browser. */
export function Hydrated() {
  useLayoutEffect(() => {
    performance.mark('floor:hydrated');
  }, []);
  return <p>Hydrated.</p>;
}
