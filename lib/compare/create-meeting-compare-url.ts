/**
 * The address of `/compare/meetings` comparing meeting `a` with `b`; without `b`, the page that
 * asks which meeting to compare `a` with. `path` may be the API's (`/api/compare/meetings`).
 */
export function createMeetingCompareUrl(a: string, b?: string, path = '/compare/meetings'): string {
  const params = new URLSearchParams({ a, ...(b ? { b } : {}) });
  return `${path}?${params}`;
}
