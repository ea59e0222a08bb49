import type { Parsed } from './api-error';
import { invalidParameter } from './api-error';
import { parseEventQuery, type EventQuery } from './parse-event-query';
import { ROW_SORTS, type RowSort } from '../recurrence/sort-recurrence-rows';

/** The filters of an export: those of /api/events, plus the matrix's row order. */
export interface ExportQuery extends EventQuery {
  sort: RowSort;
}

/** Reads an export's filters strictly, like the API: the first problem names its parameter. */
export function parseExportQuery(params: URLSearchParams, themeIds: string[]): Parsed<ExportQuery> {
  const query = parseEventQuery(params, themeIds);
  if (!query.ok) return query;
  const sort = params.get('sort') ?? 'first-seen';
  if (!(ROW_SORTS as readonly string[]).includes(sort))
    return invalidParameter('sort', `sort must be one of ${ROW_SORTS.join(', ')}, not "${sort}"`);
  return { ok: true, value: { ...query.value, sort: sort as RowSort } };
}
