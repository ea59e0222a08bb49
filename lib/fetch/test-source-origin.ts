const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * The one origin tests may fetch pages from: `ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN`, e.g.
 * `http://127.0.0.1:4567`, for a page server the tests start. Only a loopback origin is taken
 * (anything else is ignored), so the switch can never open the way to another machine. Never set
 * it on a deployment: it lets the server fetch from itself.
 */
export function testSourceOriginOf(env: Record<string, string | undefined>): string | null {
  const value = env.ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN;
  if (!value) return null;
  try {
    const url = new URL(value);
    return LOOPBACK.has(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}
