import type { CSSProperties } from 'react';
import type { ThemeLabel } from '@/lib/types';
import { findTheme } from '@/lib/corpus/find-theme';

interface ThemeChipsProps {
  /** Theme ids, shown in the given order. */
  ids: string[];
  /** The taxonomy, to find each theme's label and colour. */
  themes: ThemeLabel[];
  /** Accessible name of the list, e.g. "Themes". */
  label: string;
}

/** Theme ids as labelled chips, each with its colour swatch; colour is never the only cue. */
export function ThemeChips({ ids, themes, label }: ThemeChipsProps) {
  if (!ids.length) return null;
  return (
    <ul className="chips" aria-label={label}>
      {ids.map((id) => {
        const theme = findTheme(themes, id);
        return (
          <li key={id} className="chip" style={{ '--theme-color': theme?.color } as CSSProperties}>
            <span className="swatch" aria-hidden="true" />
            {theme?.label ?? id}
          </li>
        );
      })}
    </ul>
  );
}
