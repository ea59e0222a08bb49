const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const TAGS = /<(?:link|meta)\b[^>]*>/gi;

/**
 * The https URL a page saved from the web says it came from, or null: its canonical link, its
 * `og:url`, or the "saved from url" mark a browser leaves in the file (in that order).
 */
export function findPageUrl(html: string): string | null {
  const tags = html.slice(0, 200_000).match(TAGS) ?? [];
  const attribute = (tag: string, name: string) =>
    tag
      .match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
      ?.slice(1)
      .find(Boolean);
  const canonical = tags.find((tag) => /^canonical$/i.test(attribute(tag, 'rel') ?? ''));
  const ogUrl = tags.find((tag) => attribute(tag, 'property') === 'og:url');
  const candidates = [
    canonical && attribute(canonical, 'href'),
    ogUrl && attribute(ogUrl, 'content'),
    html.match(SAVED_FROM)?.[1],
  ];
  return candidates.find((url): url is string => !!url && isHttps(url)) ?? null;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
