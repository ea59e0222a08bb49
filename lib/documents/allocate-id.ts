/** `base`, or `base-2`, `base-3`... : the first that no event holds yet. */
export function allocateId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
