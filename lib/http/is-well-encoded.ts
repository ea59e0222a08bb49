/**
 * Whether every percent-escape of a URL path decodes to UTF-8 (`%ff`, `%zz`, a lone `%`, an
 * encoded surrogate `%ED%A0%80` or an overlong `%c0%ae` do not): such a path names nothing.
 */
export function isWellEncoded(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
