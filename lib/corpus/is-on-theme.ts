/** Whether a statement (or an event, by its statements' themes) speaks of the theme. */
export function isOnTheme(tagged: { themes: readonly string[] }, themeId: string): boolean {
  return tagged.themes.includes(themeId);
}
