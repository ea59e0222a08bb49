'use client';

import { memo, useState } from 'react';
import type { ThemeFilter } from '@/lib/filter/parse-theme-filter';
import { createRecurrenceQuery } from '@/lib/recurrence/create-recurrence-query';
import type { RowSort } from '@/lib/recurrence/sort-recurrence-rows';
import type { Domain } from '@/lib/timeline/domain';
import type { ThemeLabel } from '@/lib/types';
import { createApiKey, useApi } from '../_lib/use-api';
import { RecurrenceMatrix } from './recurrence-matrix';
import type { DashboardWords } from './dashboard-words';
import { fillIn } from '@/lib/text/fill-in';

/**
 * While the data for a new filter loads (SWR keeps the previous data), the matrix on screen is not
 * rendered again: a filter change re-renders the timeline and leaves the matrix alone until then.
 */
const StableMatrix = memo(RecurrenceMatrix);

interface DashboardMatrixProps {
  /** The timeline's window: the matrix's columns are the events in it. */
  domain: Domain;
  filter: ThemeFilter;
  themes: ThemeLabel[];
  onOpenCell: (eventId: string, themeId: string) => void;
  words: Pick<DashboardWords, 'matrixError' | 'loadingMatrix' | 'matrixTitle' | 'matrix'>;
}

/** The recurrence matrix under the timeline, following its window and the theme filter. */
function DashboardMatrix({ domain, filter, themes, onOpenCell, words }: DashboardMatrixProps) {
  const [sort, setSort] = useState<RowSort>('first-seen');
  const { data, error } = useApi(
    createApiKey('recurrence', createRecurrenceQuery(domain, filter)),
    {
      keepPreviousData: true,
      revalidateOnFocus: false,
    },
  );
  if (error)
    return <p role="alert">{fillIn(words.matrixError, { message: String(error.message) })}</p>;
  if (!data) return <p role="status">{words.loadingMatrix}</p>;
  return (
    <StableMatrix
      recurrence={data}
      themes={themes}
      sort={sort}
      onSortChange={setSort}
      onOpenCell={onOpenCell}
      title={words.matrixTitle}
      words={words.matrix}
    />
  );
}

export default memo(DashboardMatrix);
