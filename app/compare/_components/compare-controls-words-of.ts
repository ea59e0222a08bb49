import { getTranslations } from 'next-intl/server';
import { keptPlaceholders as keep } from '@/app/_lib/message-template';
import type { CompareControlsWords } from './compare-controls';

/**
 * The comparison controls' words in the page's language. Words with a value the client knows
 * only as the person acts keep its placeholder (`{date}`, `{shown}`, `{filter}`) for fillIn().
 */
export async function compareControlsWordsOf(): Promise<CompareControlsWords> {
  const t = await getTranslations('compare.controls');
  return {
    theme: t('theme'),
    compareAgainst: t('compareAgainst'),
    eachPrevious: t('eachPrevious'),
    baselineOption: t('baselineOption', keep('date', 'title')),
    layout: t('layout'),
    sideBySide: t('sideBySide'),
    inline: t('inline'),
    ignore: t('ignore'),
    officialOnly: t('officialOnly'),
    events: t('events', keep('shown', 'total')),
    find: t('find'),
    placeholder: t('placeholder'),
    eventsLabel: t('eventsLabel'),
    noMatch: t('noMatch', keep('filter')),
    showAll: t('showAll'),
  };
}
