/** Theme ids in taxonomy order, each once. */
export function sortThemes(ids: Iterable<string>, order: string[]): string[] {
  const set = new Set(ids);
  return order.filter((id) => set.has(id));
}
