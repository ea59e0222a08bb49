import { SPEAKER_LABELS } from '../corpus/speaker-labels';
import { formatDate } from '../dates/format-date';
import { formatJapaneseDate } from '../dates/format-japanese-date';
import { KIND_LABELS, type Kind, type Speaker } from '../types';
import type { ExportLanguage } from './export-language';

/**
 * The words a comparison's Markdown and CSV are headed with, in one language. A file is not a page
 * (no message library reaches lib/), so the few words of the exports live here, beside the
 * labels they share with the interface (KIND_LABELS, SPEAKER_LABELS) in English.
 */
export interface ComparisonExportWords {
  language: ExportLanguage;
  date: (isoDate: string) => string;
  kind: (kind: Kind) => string;
  speaker: (speaker: Speaker) => string;
  /** An event's title in the language, where the corpus gives it. */
  title: (event: { title: string; titleJa?: string }) => string;
  /** A theme's label in the language, where the corpus gives it. */
  theme: (theme: { label: string; labelJa?: string }) => string;
  heading: (theme: string) => string;
  exported: (date: string, permalink: string) => string;
  /** What the changes are against (the baseline, or each the event before) and how marked. */
  intro: (baseline: string | null) => string;
  summary: string;
  officialText: string;
  noStatements: string;
  changesFrom: (event: string) => string;
  phrases: string;
  event: string;
  firstUse: string;
  /** The CSV's header row, before one column per formula phrase. */
  csvHeader: string[];
  /** Between a speaker and the statement. */
  colon: string;
  /** Between an event's title and its date. */
  comma: string;
}

const ENGLISH: ComparisonExportWords = {
  language: 'en',
  date: formatDate,
  kind: (kind) => KIND_LABELS[kind],
  speaker: (speaker) => SPEAKER_LABELS[speaker],
  title: (event) => event.title,
  theme: (theme) => theme.label,
  heading: (theme) => `${theme}: statements compared`,
  exported: (date, permalink) => `Exported ${date} from Alliance Timeline: ${permalink}`,
  intro: (baseline) =>
    `Changes are against ${baseline ? `the baseline, ${baseline}` : 'the event before'}; removed words are ~~struck through~~, added words **bold**. Events marked “summary” are in Alliance Timeline’s own words, not official wording.`,
  summary: 'summary',
  officialText: 'official text',
  noStatements: '_No statements on this theme._',
  changesFrom: (event) => `Changes from ${event}:`,
  phrases: 'Formula phrases',
  event: 'Event',
  firstUse: ' (first use)',
  csvHeader: [
    'theme',
    'event',
    'date',
    'title',
    'kind',
    'provenance',
    'statements',
    'compared_with',
    'added',
    'removed',
  ],
  colon: ': ',
  comma: ', ',
};

const JAPANESE_KINDS: Record<Kind, string> = {
  'security-consultative-committee': '「2+2」',
  'defense-ministerial': '日米防衛相会談',
  'leaders-summit': '日米首脳会談',
  telecon: '電話会談',
  milestone: '節目',
  anniversary: '記念日',
};

const JAPANESE_SPEAKERS: Record<Speaker, string> = {
  joint: '共同',
  japan: '日本',
  us: '米国',
  other: '地の文',
};

const JAPANESE: ComparisonExportWords = {
  language: 'ja',
  date: formatJapaneseDate,
  kind: (kind) => JAPANESE_KINDS[kind],
  speaker: (speaker) => JAPANESE_SPEAKERS[speaker],
  title: (event) => event.titleJa ?? event.title,
  theme: (theme) => theme.labelJa ?? theme.label,
  heading: (theme) => `${theme}：発言の比較`,
  exported: (date, permalink) => `${date}に日米同盟タイムラインから書き出し：${permalink}`,
  intro: (baseline) =>
    `変化は${baseline ? `基準とする会談（${baseline}）` : '一つ前の会談'}と比べています。削られた語句は~~取り消し線~~、加わった語句は**太字**で示します。「要約」とある会談は日米同盟タイムライン独自の表現で、公式の文言ではありません。`,
  summary: '要約',
  officialText: '公式の本文',
  noStatements: '_このテーマに関する発言はありません。_',
  changesFrom: (event) => `${event}からの変化：`,
  phrases: '定型表現',
  event: '会談',
  firstUse: '（初出）',
  csvHeader: [
    'テーマ',
    '会談ID',
    '日付',
    '件名',
    '種別',
    '本文の種類',
    '発言',
    '比較した会談',
    '加わった語句',
    '削られた語句',
  ],
  colon: '：',
  comma: '、',
};

/** The export words of a language (English by default). */
export function comparisonExportWordsOf(language: ExportLanguage = 'en'): ComparisonExportWords {
  return language === 'ja' ? JAPANESE : ENGLISH;
}
