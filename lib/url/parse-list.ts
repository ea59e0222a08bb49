/** "a,b, c" → ["a", "b", "c"]; empty items dropped. */
export function parseList(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
