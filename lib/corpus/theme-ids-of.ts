/** The ids of themes, in the given (taxonomy) order. */
export function themeIdsOf(themes: readonly { id: string }[]): string[] {
  return themes.map((theme) => theme.id);
}
