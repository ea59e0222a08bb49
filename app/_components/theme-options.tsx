import type { Theme } from '@/lib/types';

/** One `<option>` per theme for a theme `<select>`: the id as its value, the label as its text. */
export function ThemeOptions({ themes }: { themes: Pick<Theme, 'id' | 'label'>[] }) {
  return themes.map((theme) => (
    <option key={theme.id} value={theme.id}>
      {theme.label}
    </option>
  ));
}
