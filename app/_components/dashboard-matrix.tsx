'use client';

import { useState } from 'react';
import useSWR from 'swr';
import type { Recurrence } from '@/lib/compute-recurrence';
import type { ThemeFilter } from '@/lib/parse-theme-filter';
import { toDay } from '@/lib/parse-timeline-view';
import type { RowSort } from '@/lib/sort-recurrence-rows';
import type { Domain } from '@/lib/timeline-domain';
import type { ThemeLabel } from '@/lib/types';
import { fetchJson } from './fetch-json';
import { RecurrenceMatrix } from './recurrence-matrix';

interface DashboardMatrixProps {
  /** The timeline's window: the matrix's columns are the events in it. */
  domain: Domain;
  filter: ThemeFilter;
  themes: ThemeLabel[];
  onOpenCell: (eventId: string, themeId: string) => void;
}

/** The recurrence matrix under the timeline, following its window and the theme filter. */
export default function DashboardMatrix({
  domain,
  filter,
  themes,
  onOpenCell,
}: DashboardMatrixProps) {
  const [sort, setSort] = useState<RowSort>('first-seen');
  const params = new URLSearchParams({ from: toDay(domain[0]), to: toDay(domain[1] - 86_400_000) });
  if (filter.themes.length) {
    params.set('themes', filter.themes.join(','));
    params.set('match', filter.match);
  }
  const { data, error } = useSWR<Recurrence>(`/api/recurrence?${params}`, fetchJson, {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
  if (error) return <p role="alert">The matrix could not be loaded: {String(error.message)}</p>;
  if (!data) return <p role="status">Loading the matrix…</p>;
  return (
    <RecurrenceMatrix
      recurrence={data}
      themes={themes}
      sort={sort}
      onSortChange={setSort}
      onOpenCell={onOpenCell}
      title="How each theme recurs in this window"
    />
  );
}
