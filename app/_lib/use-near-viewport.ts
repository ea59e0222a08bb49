'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element has come within `margin` (CSS pixels) of the viewport: false until it does,
 * then true for good. A part below the fold waits on it so that its code, its data and its
 * rendering stay out of the page's first load.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = 400): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
