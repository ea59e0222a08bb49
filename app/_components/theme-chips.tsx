import type { CSSProperties } from 'react';
import type { ThemeLabel } from '@/lib/types';
import { findTheme } from '@/lib/corpus/find-theme';
import { themeLabelIn } from '@/lib/corpus/words-in';

interface ThemeChipsProps {
  /** Theme ids, shown in the given order. */
  ids: string[];
  /** The taxonomy, to find each theme's label (and `labelJa`) and colour. */
  themes: ThemeLabel[];
  /** Accessible name of the list, e.g. "Themes". */
  label: string;
  /**
   * The page's language: on a Japanese page a theme shows its `labelJa`, or its English label
   * marked `lang="en"` where it has none. Default `en`.
   */
  locale?: string;
}

/** Theme ids as labelled chips, each with its colour swatch; colour is never the only cue. */
export function ThemeChips({ ids, themes, label, locale = 'en' }: ThemeChipsProps) {
  if (!ids.length) return null;
  return (
    <ul className="chips" aria-label={label}>
      {ids.map((id) => {
        const theme = findTheme(themes, id);
        const name = theme ? themeLabelIn(theme, locale) : { text: id, lang: 'en' };
        return (
          <li key={id} className="chip" style={{ '--theme-color': theme?.color } as CSSProperties}>
            <span className="swatch" aria-hidden="true" />
            {name.lang === locale ? name.text : <span lang={name.lang}>{name.text}</span>}
          </li>
        );
      })}
    </ul>
  );
}
