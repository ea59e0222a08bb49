import type { Theme } from '@/lib/types';
import { themeLabelIn } from '@/lib/corpus/words-in';

/**
 * One `<option>` per theme for a theme `<select>`: the id as its value, the label as its text, in
 * `language` (`labelJa` on a Japanese page, where given; default English).
 */
export function ThemeOptions({
  themes,
  language = 'en',
}: {
  themes: Pick<Theme, 'id' | 'label' | 'labelJa'>[];
  language?: string;
}) {
  return themes.map((theme) => {
    const label = themeLabelIn(theme, language);
    return (
      <option
        key={theme.id}
        value={theme.id}
        lang={label.lang === language ? undefined : label.lang}
      >
        {label.text}
      </option>
    );
  });
}
