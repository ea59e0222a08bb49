/**
 * A whole number with commas between groups of three digits ("12,345"), as
 * `toLocaleString('en')` writes it. Written out because a page's first call to the Intl
 * formatters loads the locale's number data, a long task on a phone while the page hydrates.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
