/**
 * Words of the corpus (an event's title, a theme's label) in a page's language: the Japanese form
 * where the data gives one and the page is Japanese, else the English. `lang` says which it is, so
 * that a page can mark an English fallback as English.
 */
export interface WordsIn {
  text: string;
  lang: 'en' | 'ja';
}

/** A theme's label in a page's language (`labelJa` on a Japanese page, where it is given). */
export function themeLabelIn(
  theme: { label: string; labelJa?: string },
  language: string,
): WordsIn {
  return pick(theme.label, theme.labelJa, language);
}

/** A theme's description in a page's language (`descriptionJa` on a Japanese page, where given). */
export function themeDescriptionIn(
  theme: { description: string; descriptionJa?: string },
  language: string,
): WordsIn {
  return pick(theme.description, theme.descriptionJa, language);
}

/** An event's title in a page's language (`titleJa` on a Japanese page, where it is given). */
export function eventTitleIn(
  event: { title: string; titleJa?: string },
  language: string,
): WordsIn {
  return pick(event.title, event.titleJa, language);
}

function pick(english: string, japanese: string | undefined, language: string): WordsIn {
  return language === 'ja' && japanese
    ? { text: japanese, lang: 'ja' }
    : { text: english, lang: 'en' };
}

/** An event's short label in a page's language (`labelJa` on a Japanese page, where it is given). */
export function eventLabelIn(
  event: { label: string; labelJa?: string },
  language: string,
): WordsIn {
  return pick(event.label, event.labelJa, language);
}
