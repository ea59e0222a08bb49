import type { ThemeFilterSummaryWords } from '@/lib/filter/describe-theme-filter';
import { messageTemplate as template, type Translate } from '../_lib/message-template';
import { createMatrixWords, type MatrixWords } from './recurrence-matrix/matrix-words';
import { createThemeFilterWords, type ThemeFilterWords } from './theme-filter-words';

/**
 * The dashboard's words in the page's language (messages' `dashboard`, `themeFilter` and
 * `recurrenceMatrix`), given as props: the dashboard's first load carries no message library.
 */
export interface DashboardWords {
  /** `{filter}`: the folded filter's summary. */
  filterSummary: string;
  summary: ThemeFilterSummaryWords;
  loadingThemes: string;
  themeLanes: string;
  filterTitle: string;
  dimExcluded: string;
  loadingMatrix: string;
  /** `{message}`. */
  matrixError: string;
  matrixTitle: string;
  themeFilter: ThemeFilterWords;
  matrix: MatrixWords;
}

/** The translators of the three groups, as `getTranslations(group)` gives them. */
export interface DashboardTranslators {
  dashboard: Translate;
  themeFilter: Translate;
  recurrenceMatrix: Translate;
}

/** The dashboard's words from its groups' translators. */
export function createDashboardWords({
  dashboard: t,
  themeFilter,
  recurrenceMatrix,
}: DashboardTranslators): DashboardWords {
  return {
    filterSummary: template(t, 'filterSummary', 'filter'),
    summary: {
      everyEvent: t('everyEvent'),
      anyOfThem: template(t, 'anyOfThem', 'themes'),
      allOfThem: template(t, 'allOfThem', 'themes'),
      separator: t('themeSeparator'),
    },
    loadingThemes: t('loadingThemes'),
    themeLanes: t('themeLanes'),
    filterTitle: t('filterTitle'),
    dimExcluded: t('dimExcluded'),
    loadingMatrix: t('loadingMatrix'),
    matrixError: template(t, 'matrixError', 'message'),
    matrixTitle: t('matrixTitle'),
    themeFilter: createThemeFilterWords(themeFilter),
    matrix: createMatrixWords(recurrenceMatrix),
  };
}
