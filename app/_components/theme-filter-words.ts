import type { CountWords } from '@/lib/text/fill-count';
import {
  countTemplates,
  messageTemplate as template,
  type Translate,
} from '../_lib/message-template';

/**
 * The theme filter panel's words in the page's language (messages' `themeFilter`); `{name}` marks
 * where a value goes (fillIn).
 */
export interface ThemeFilterWords {
  /** The default heading. */
  title: string;
  allThemes: string;
  noFilter: string;
  showEventsWith: string;
  matchAny: string;
  matchAll: string;
  listLabel: string;
  /** `{events}`, `{statements}`: a theme's counts. */
  counts: string;
  events: CountWords;
  statements: CountWords;
  only: string;
  /** `{theme}`: the Only button's name. */
  onlyLabel: string;
  /** `{theme}`: an active filter chip's name. */
  remove: string;
  showingEvery: string;
  eventsWith: string;
  eventsWithAny: string;
  eventsWithAll: string;
  activeLabel: string;
}

/** The panel's words from `t = getTranslations('themeFilter')`. */
export function createThemeFilterWords(t: Translate): ThemeFilterWords {
  return {
    title: t('title'),
    allThemes: t('allThemes'),
    noFilter: t('noFilter'),
    showEventsWith: t('showEventsWith'),
    matchAny: t('matchAny'),
    matchAll: t('matchAll'),
    listLabel: t('listLabel'),
    counts: template(t, 'counts', 'events', 'statements'),
    events: countTemplates(t, 'events'),
    statements: countTemplates(t, 'statements'),
    only: t('only'),
    onlyLabel: template(t, 'onlyLabel', 'theme'),
    remove: template(t, 'remove', 'theme'),
    showingEvery: t('showingEvery'),
    eventsWith: t('eventsWith'),
    eventsWithAny: t('eventsWithAny'),
    eventsWithAll: t('eventsWithAll'),
    activeLabel: t('activeLabel'),
  };
}
