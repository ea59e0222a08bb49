import { COMPANION_LANGUAGES, type CompanionLanguage } from './companion-text-schema';

const COMPANION_NAME = new RegExp(`^(.+)\\.(${COMPANION_LANGUAGES.join('|')})\\.md$`);

/** The file name of an event's text in another language: "<id>.ja.md". */
export function companionFileName(id: string, language: CompanionLanguage): string {
  return `${id}.${language}.md`;
}

/**
 * The event id and language a companion file name gives ("x.ja.md" gives x and ja); null for an
 * event's own file.
 */
export function parseCompanionFileName(
  name: string,
): { id: string; language: CompanionLanguage } | null {
  const match = COMPANION_NAME.exec(name);
  return match ? { id: match[1]!, language: match[2] as CompanionLanguage } : null;
}
