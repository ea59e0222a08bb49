/** The theme with this id, or undefined (for no id, or one the taxonomy does not hold). */
export function findTheme<T extends { id: string }>(
  themes: readonly T[],
  id: string | null | undefined,
): T | undefined {
  return themes.find((theme) => theme.id === id);
}

/** A theme's label, or its id where the list does not hold it. */
export function themeLabelOf(themes: readonly { id: string; label: string }[], id: string): string {
  return findTheme(themes, id)?.label ?? id;
}
