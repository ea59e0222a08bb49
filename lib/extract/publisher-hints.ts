/** What the reader needs to know of one publisher's pages that their HTML does not say plainly. */
export interface PublisherHint {
  /** The publisher's name as the line under the title gives it. */
  publisher: string;
  /** Hosts of its pages; each also matches its subdomains ("mofa.go.jp" matches "www.mofa.go.jp"). */
  hosts: string[];
}

/** The official publishers whose pages the timeline reads, in the order they are tried. */
export const PUBLISHER_HINTS: PublisherHint[] = [
  { publisher: 'Ministry of Defense', hosts: ['mod.go.jp'] },
  { publisher: 'Ministry of Foreign Affairs of Japan', hosts: ['mofa.go.jp'] },
  { publisher: 'Prime Minister’s Office of Japan', hosts: ['kantei.go.jp'] },
  { publisher: 'Embassy of Japan in the United States', hosts: ['us.emb-japan.go.jp'] },
  { publisher: 'U.S. Department of Defense', hosts: ['defense.gov'] },
  { publisher: 'U.S. Department of State', hosts: ['state.gov'] },
  { publisher: 'The White House', hosts: ['whitehouse.gov'] },
  { publisher: 'U.S. Embassy & Consulates in Japan', hosts: ['jp.usembassy.gov'] },
];

/** The hint for a page's URL, if it comes from one of the publishers above. */
export function hintOf(url: string | null): PublisherHint | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  const matches = (name: string) => host === name || host.endsWith(`.${name}`);
  return PUBLISHER_HINTS.find((hint) => hint.hosts.some(matches)) ?? null;
}
