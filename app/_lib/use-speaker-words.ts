import { useLocale, useTranslations } from 'next-intl';
import type { SpeakerWords } from '@/lib/people/speaker-name-of';

/**
 * The words the page's language names speakers with, from its messages (for Server Components,
 * and Client Components inside next-intl's provider).
 */
export function useSpeakerWords(): SpeakerWords {
  const locale = useLocale();
  const side = useTranslations('speakers');
  const names = useTranslations('speakerNames');
  return {
    language: locale === 'ja' ? 'ja' : 'en',
    sides: { joint: side('joint'), japan: side('japan'), us: side('us'), other: side('other') },
    bothLeaders: names('bothLeaders'),
    bothMinisters: names('bothMinisters'),
    theMinisters: names('theMinisters'),
  };
}
