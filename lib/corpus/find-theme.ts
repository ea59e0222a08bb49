/** The theme with this id, or undefined (for no id, or one the taxonomy does not hold). */
export function findTheme<T extends { id: string }>(
  themes: readonly T[],
  id: string | null | undefined,
): T | undefined {
  return themes.find((theme) => theme.id === id);
}
