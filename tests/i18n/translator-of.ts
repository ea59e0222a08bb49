import { createTranslator } from 'next-intl';
import type { Translate } from '@/app/_lib/message-template';

/**
 * A group's messages as `getTranslations(group)` gives them on a page, for tests that build a
 * component's words from messages/*.json (whose keys TypeScript knows, unlike the pages').
 */
export function translatorOf(locale: string, messages: object, namespace: string): Translate {
  const t = createTranslator({
    locale,
    messages: messages as never,
    namespace: namespace as never,
  });
  return (key, values) => t(key as never, values as never);
}
