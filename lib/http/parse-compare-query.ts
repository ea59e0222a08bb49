import { invalidParameter, notFound, type Parsed } from './api-error';
import { parseListParam, parseSingleParam, quoteInput } from './parse-param';
import { unknownTheme } from './parse-theme-ids';
import { corpusIndexOf, eventById } from '../corpus/corpus-index';
import type { Corpus } from '../types';
import { themeIdsOf } from '../corpus/theme-ids-of';

/** What `ignore=` may hold: a comparison can overlook differences of case and of punctuation. */
export const IGNORABLE = ['case', 'punctuation'] as const;
export type Ignorable = (typeof IGNORABLE)[number];

/** The most event ids `events=` takes (repeats counted). */
export const MAX_COMPARED_EVENTS = 100;

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
 * or unknown theme, an empty or repeated single-value parameter, more than MAX_COMPARED_EVENTS
 * ids, a baseline outside the compared events, an unknown `ignore` value or an `official` other
 * than 1 is a 400; an event id the corpus does not hold is a 404.
 */
export function parseCompareQuery(params: URLSearchParams, corpus: Corpus): Parsed<CompareQuery> {
  const themeIds = themeIdsOf(corpus.themes);
  const theme = parseSingleParam(params, 'theme');
  if (!theme.ok) return theme;
  if (!theme.value)
    return invalidParameter('theme', `theme is required; known themes: ${themeIds.join(', ')}`);
  if (!themeIds.includes(theme.value)) return unknownTheme('theme', theme.value, themeIds);
  const chosen = parseListParam(params, 'events', MAX_COMPARED_EVENTS);
  if (!chosen.ok) return chosen;
  const unknown = chosen.value.find((id) => !eventById(corpus, id));
  if (unknown !== undefined)
    return { ok: false, error: notFound(`no event has the id ${quoteInput(unknown)}`, 'events') };
  const official = parseSingleParam(params, 'official');
  if (!official.ok) return official;
  if (official.value !== undefined && official.value !== '1')
    return invalidParameter('official', 'official takes 1 (official texts only) or is left out');
  const events = comparedEvents(corpus, theme.value, chosen.value, Boolean(official.value));
  const baseline = parseSingleParam(params, 'baseline');
  if (!baseline.ok) return baseline;
  if (baseline.value !== undefined && !eventById(corpus, baseline.value))
    return {
      ok: false,
      error: notFound(`no event has the id ${quoteInput(baseline.value)}`, 'baseline'),
    };
  if (baseline.value !== undefined && !events.includes(baseline.value))
    return invalidParameter(
      'baseline',
      `the baseline ${quoteInput(baseline.value)} is not among the compared events`,
    );
  const ignore = parseListParam(params, 'ignore', IGNORABLE.length);
  if (!ignore.ok) return ignore;
  const bad = ignore.value.find((value) => !(IGNORABLE as readonly string[]).includes(value));
  if (bad !== undefined)
    return invalidParameter(
      'ignore',
      `ignore takes ${IGNORABLE.join(' and ')}, not ${quoteInput(bad)}`,
    );
  return {
    ok: true,
    value: {
      theme: theme.value,
      events,
      ...(baseline.value ? { baseline: baseline.value } : {}),
      ignore: ignore.value as Ignorable[],
      ...(official.value ? { officialOnly: true } : {}),
    },
  };
}

/** The ids of the chosen events (by default every event on the theme), in date order. */
function comparedEvents(
  corpus: Corpus,
  theme: string,
  chosen: string[],
  officialOnly: boolean,
): string[] {
  const index = corpusIndexOf(corpus);
  const positions = chosen.length
    ? chosen.map((id) => index.positions.get(id)!).sort((a, b) => a - b)
    : (index.byTheme.get(theme) ?? []);
  return positions
    .map((position) => corpus.events[position]!)
    .filter((event) => !officialOnly || event.provenance === 'official-text')
    .map((event) => event.id);
}
