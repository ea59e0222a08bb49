/**
 * The official sites a document may be fetched from, with the publisher each speaks for; any
 * subdomain of one is allowed too (`www.mod.go.jp`, `jp.usembassy.gov`).
 */
export const OFFICIAL_SOURCE_HOSTS: Readonly<Record<string, string>> = {
  'mod.go.jp': 'Ministry of Defense',
  'mofa.go.jp': 'Ministry of Foreign Affairs of Japan',
  'kantei.go.jp': 'Prime Minister’s Office of Japan',
  'cas.go.jp': 'Cabinet Secretariat of Japan',
  'defense.gov': 'U.S. Department of Defense',
  'state.gov': 'U.S. Department of State',
  'whitehouse.gov': 'The White House',
  'usembassy.gov': 'U.S. Embassy',
  'usfj.mil': 'U.S. Forces Japan',
  'af.mil': 'U.S. Air Force',
  'navy.mil': 'U.S. Navy',
  'army.mil': 'U.S. Army',
  'marines.mil': 'U.S. Marine Corps',
};

/**
 * The hosts a deployment allows: the official ones, and those `ALLIANCE_TIMELINE_SOURCE_HOSTS`
 * adds (comma-separated names, e.g. `www.example.go.jp,archive.example.gov`; a leading `*.` or
 * `.` is dropped, as subdomains are always allowed).
 */
export function sourceHostsOf(env: Record<string, string | undefined> = process.env): string[] {
  const extra = (env.ALLIANCE_TIMELINE_SOURCE_HOSTS ?? '')
    .split(',')
    .map((host) => normalHost(host.trim().replace(/^\*?\./, '')))
    .filter(Boolean);
  return [...Object.keys(OFFICIAL_SOURCE_HOSTS), ...extra];
}

/** Whether `host` is one of `hosts` or a subdomain of one (case and a trailing dot aside). */
export function isAllowedHost(host: string, hosts: readonly string[]): boolean {
  const name = normalHost(host);
  return hosts.some((allowed) => name === allowed || name.endsWith(`.${allowed}`));
}

/** The publisher an official host speaks for, or null for a host added by a deployment. */
export function publisherOfHost(host: string): string | null {
  const name = normalHost(host);
  const entry = Object.entries(OFFICIAL_SOURCE_HOSTS).find(
    ([allowed]) => name === allowed || name.endsWith(`.${allowed}`),
  );
  return entry?.[1] ?? null;
}

function normalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}
