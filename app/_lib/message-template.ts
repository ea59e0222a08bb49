import type { CountWords } from '@/lib/text/fill-count';

/** A group's messages as next-intl's `getTranslations(group)` (or `createTranslator`) gives them. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * A message with its arguments left as `{name}`, for a client component to fill (fillIn): the
 * words travel as props, so the browser needs no message library.
 */
export function messageTemplate(t: Translate, key: string, ...names: string[]): string {
  return t(key, keptPlaceholders(...names));
}

/** Values that leave each named argument of a message as its `{name}` placeholder. */
export function keptPlaceholders(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`]));
}

/** The `<key>One` and `<key>Other` messages of a count, as templates. */
export function countTemplates(t: Translate, key: string): CountWords {
  return {
    one: messageTemplate(t, `${key}One`, 'count'),
    other: messageTemplate(t, `${key}Other`, 'count'),
  };
}
