import { getLocale, getTranslations } from 'next-intl/server';
import { createTimelineNames } from '@/lib/timeline/create-timeline-names';
import type { TimelineWords } from '@/lib/timeline/timeline-words';
import { KINDS, type Corpus, type Kind } from '@/lib/types';

/** Each placeholder the timeline's messages hold, kept as it is for the client to fill in. */
const KEPT = {
  message: '{message}',
  count: '{count}',
  limit: '{limit}',
  title: '{title}',
  date: '{date}',
  from: '{from}',
  to: '{to}',
};

const LANE_IDS = ['leaders', 'two-plus-two', 'defense', 'calls', 'milestones'] as const;

/** The timeline's words in the page's language, with the corpus's names in it. */
export async function timelineWordsOf(corpus: Corpus): Promise<TimelineWords> {
  const language = (await getLocale()) === 'ja' ? 'ja' : 'en';
  const t = await getTranslations('timeline');
  const kind = await getTranslations('kinds');
  const kept = (key: Parameters<typeof t>[0]) => t(key, KEPT);
  const byKind = <T>(wordOf: (kind: Kind) => T) =>
    Object.fromEntries(KINDS.map((id) => [id, wordOf(id)])) as Record<Kind, T>;
  return {
    language,
    controls: t('controls'),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
    reset: t('reset'),
    all: t('all'),
    downloadPng: t('downloadPng'),
    downloadSvg: t('downloadSvg'),
    help: t('help'),
    roleDescription: t('roleDescription'),
    loading: t('loading'),
    loadError: kept('loadError'),
    listView: t('listView'),
    listLoading: t('listLoading'),
    listCaption: kept('listCaption'),
    listCaptionMore: kept('listCaptionMore'),
    listDate: t('listDate'),
    listEvent: t('listEvent'),
    listKind: t('listKind'),
    listThemes: t('listThemes'),
    themesOf: kept('themesOf'),
    overview: t('overview'),
    windowTo: t('windowTo'),
    inJapan: kept('inJapan'),
    cardThemes: t('cardThemes'),
    moreThemes: kept('moreThemes'),
    clusterName: kept('clusterName'),
    clusters: { ...byKind((id) => kept(`clusters.${id}`)), mixed: kept('clusters.mixed') },
    lanes: Object.fromEntries(LANE_IDS.map((id) => [id, t(`lanes.${id}`)])),
    kinds: byKind((id) => kind(id)),
    ...createTimelineNames(corpus, language),
  };
}
