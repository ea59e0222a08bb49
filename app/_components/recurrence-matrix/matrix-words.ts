import type { RecurrenceMark } from '@/lib/recurrence/compute-recurrence';
import type { RowSort } from '@/lib/recurrence/sort-recurrence-rows';
import type { CountWords } from '@/lib/text/fill-count';
import {
  countTemplates,
  messageTemplate as template,
  type Translate,
} from '../../_lib/message-template';

/**
 * The recurrence matrix's words in the page's language (messages' `recurrenceMatrix`); `{name}`
 * marks where a value goes (fillIn).
 */
export interface MatrixWords {
  /** The default heading. */
  title: string;
  empty: string;
  sortBy: string;
  sorts: Record<RowSort, string>;
  legend: string;
  /** What each mark means: read out with the cell, shown in the legend and tooltip. */
  marks: Record<RecurrenceMark, string>;
  markSeparator: string;
  darker: string;
  themes: CountWords;
  events: CountWords;
  /** `{themes}`, `{events}`: the help under the legend, for columns of events. */
  helpEvents: string;
  /** `{themes}`, `{events}` (a number), `{period}` (byYear or byMonth): for binned columns. */
  helpBinned: string;
  byYear: string;
  byMonth: string;
  theme: string;
  total: string;
  /** `{label}`, `{title}`, `{date}`: an event column's header tooltip. */
  columnTitle: string;
  columnTitleUnlabelled: string;
  /** `{title}`, `{from}`, `{to}`: a bin column's header tooltip. */
  binRange: string;
  /** `{count}`, `{period}`: a bin's title. */
  binTitle: CountWords;
  none: string;
  /** `{theme}`, `{event}`: the tooltip's first line. */
  tipIn: string;
  /** `{event}`, `{date}`. */
  tipDated: string;
  statements: CountWords;
  notSpoken: string;
  /** `{marks}`. */
  tipMarks: string;
  /** `{text}`. */
  firstStatement: string;
  loadingFirst: string;
}

/** The matrix's words from `t = getTranslations('recurrenceMatrix')`. */
export function createMatrixWords(t: Translate): MatrixWords {
  return {
    title: t('title'),
    empty: t('empty'),
    sortBy: t('sortBy'),
    sorts: { 'first-seen': t('sortFirstSeen'), frequency: t('sortFrequency'), name: t('sortName') },
    legend: t('legend'),
    marks: { first: t('markFirst'), return: t('markReturn'), last: t('markLast') },
    markSeparator: t('markSeparator'),
    darker: t('darker'),
    themes: countTemplates(t, 'themes'),
    events: countTemplates(t, 'events'),
    helpEvents: template(t, 'helpEvents', 'themes', 'events'),
    helpBinned: template(t, 'helpBinned', 'themes', 'events', 'period'),
    byYear: t('byYear'),
    byMonth: t('byMonth'),
    theme: t('theme'),
    total: t('total'),
    columnTitle: template(t, 'columnTitle', 'label', 'title', 'date'),
    columnTitleUnlabelled: template(t, 'columnTitleUnlabelled', 'title', 'date'),
    binRange: template(t, 'binRange', 'title', 'from', 'to'),
    binTitle: {
      one: template(t, 'binTitleOne', 'count', 'period'),
      other: template(t, 'binTitleOther', 'count', 'period'),
    },
    none: t('none'),
    tipIn: template(t, 'tipIn', 'theme', 'event'),
    tipDated: template(t, 'tipDated', 'event', 'date'),
    statements: countTemplates(t, 'statements'),
    notSpoken: t('notSpoken'),
    tipMarks: template(t, 'tipMarks', 'marks'),
    firstStatement: template(t, 'firstStatement', 'text'),
    loadingFirst: t('loadingFirst'),
  };
}
