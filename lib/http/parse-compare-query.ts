import { invalidParameter, notFound, type Parsed } from './api-error';
import { unknownTheme } from './parse-theme-ids';
import { findEvent } from '../corpus/find-event';
import { parseList } from '../url/parse-list';
import { findThemeEvents } from '../compare/select-theme-statements';
import type { Corpus } from '../types';
import { themeIdsOf } from '../corpus/theme-ids-of';

/** What `ignore=` may hold: a comparison can overlook differences of case and of punctuation. */
export const IGNORABLE = ['case', 'punctuation'] as const;
export type Ignorable = (typeof IGNORABLE)[number];

/** A comparison of what events said on one theme. */
export interface CompareQuery {
  /** Theme id. */
  theme: string;
  /** Event ids, in date order; by default every event with statements on the theme. */
  events: string[];
  /** Compare every event against this one; by default each against the one before it. */
  baseline?: string;
  ignore: Ignorable[];
  /** Only events whose text is official (`official=1`), not summaries in the project's words. */
  officialOnly?: true;
}

/**
 * Reads `theme`, `events`, `baseline`, `ignore` and `official` from search parameters. A missing
 * or unknown theme, a baseline outside the compared events, an unknown `ignore` value or an
 * `official` other than 1 is a 400; an event id the corpus does not hold is a 404.
 */
export function parseCompareQuery(params: URLSearchParams, corpus: Corpus): Parsed<CompareQuery> {
  const themeIds = themeIdsOf(corpus.themes);
  const theme = params.get('theme')?.trim();
  if (!theme)
    return invalidParameter('theme', `theme is required; known themes: ${themeIds.join(', ')}`);
  if (!themeIds.includes(theme)) return unknownTheme('theme', theme, themeIds);
  const chosen = parseList(params.get('events'));
  const unknown = chosen.find((id) => !findEvent(corpus, id));
  if (unknown !== undefined)
    return { ok: false, error: notFound(`no event has the id "${unknown}"`, 'events') };
  const official = params.get('official');
  if (official !== null && official !== '1')
    return invalidParameter('official', 'official takes 1 (official texts only) or is left out');
  const events = (
    chosen.length
      ? corpus.events.filter((event) => chosen.includes(event.id))
      : findThemeEvents(corpus.events, theme)
  )
    .filter((event) => !official || event.provenance === 'official-text')
    .map((event) => event.id);
  const baseline = params.get('baseline')?.trim() || undefined;
  if (baseline !== undefined && !findEvent(corpus, baseline))
    return { ok: false, error: notFound(`no event has the id "${baseline}"`, 'baseline') };
  if (baseline !== undefined && !events.includes(baseline))
    return invalidParameter(
      'baseline',
      `the baseline "${baseline}" is not among the compared events`,
    );
  const ignore = parseList(params.get('ignore'));
  const bad = ignore.find((value) => !(IGNORABLE as readonly string[]).includes(value));
  if (bad !== undefined)
    return invalidParameter('ignore', `ignore takes ${IGNORABLE.join(' and ')}, not "${bad}"`);
  return {
    ok: true,
    value: {
      theme,
      events,
      ...(baseline ? { baseline } : {}),
      ignore: ignore as Ignorable[],
      ...(official ? { officialOnly: true } : {}),
    },
  };
}
