/**
 * A message the server worded with its arguments left as `{name}` (for a client component that has
 * no message library), with each `{name}` given its value: `fillWords('Only {theme}', { theme:
 * 'Okinawa' })` → "Only Okinawa". A `{name}` without a value stays as it is.
 */
export function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** "{count} event" or "{count} events" by the count, the count written with thousands separators. */
export function fillCount(words: { one: string; other: string }, count: number): string {
  return fillWords(count === 1 ? words.one : words.other, { count: count.toLocaleString('en') });
}
