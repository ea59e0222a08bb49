import { hasJapanese } from '@/lib/text/has-japanese';

/**
 * The `lang` to mark the corpus's words with on a page in `locale`: `en` for English words on a
 * Japanese page, nothing where they are in the page's language (and nothing on English pages,
 * which are drawn as they always were).
 */
export function textLangOn(text: string, locale: string): 'en' | undefined {
  return locale === 'en' || hasJapanese(text) ? undefined : 'en';
}
