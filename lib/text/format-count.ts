/** One formatter for every count: `toLocaleString` builds a new one on each call. */
const COUNT_FORMAT = new Intl.NumberFormat('en');

/** A count with thousands separators: 12345 is "12,345". */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
