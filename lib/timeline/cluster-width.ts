/** How wide a cluster's pill is drawn: room for its count, never wider than a bin. */
export function getClusterWidth(count: number): number {
  return Math.min(28, 12 + 7 * String(count).length);
}
