import type { Ignorable } from '../http/parse-compare-query';

/** How the comparison view lays out its columns: side by side, or one inline redline. */
export type CompareView = 'side-by-side' | 'inline';

/** Everything a comparison's permalink holds. */
export interface CompareState {
  theme: string;
  /** Chosen event ids; empty for every event on the theme (and then left out of the URL). */
  events: string[];
  baseline?: string;
  ignore: Ignorable[];
  /** Default `side-by-side`, left out of the URL. */
  view?: CompareView;
  /** Only official texts (`official=1`); left out of the URL otherwise. */
  officialOnly?: boolean;
  /**
   * The earliest date shown (`YYYY-MM-DD`), once earlier meetings were asked for; left out for the
   * most recent ones only (see windowComparedEvents).
   */
  from?: string;
}

/** "/compare?theme=taiwan-strait&events=a,b&baseline=a&ignore=case,punctuation&official=1&view=inline&from=2020-01-01". */
export function createCompareUrl(state: CompareState, pathname = '/compare'): string {
  const params = new URLSearchParams({ theme: state.theme });
  if (state.events.length) params.set('events', state.events.join(','));
  if (state.baseline) params.set('baseline', state.baseline);
  if (state.ignore.length) params.set('ignore', state.ignore.join(','));
  if (state.officialOnly) params.set('official', '1');
  if (state.view === 'inline') params.set('view', 'inline');
  if (state.from) params.set('from', state.from);
  return `${pathname}?${params.toString().replace(/%2C/g, ',')}`;
}

/** `view=inline` gives the inline redline; anything else, side by side. */
export function parseCompareView(value: string | null | undefined): CompareView {
  return value === 'inline' ? 'inline' : 'side-by-side';
}
