'use client';

import type { ThemeFilter } from '@/lib/filter/parse-theme-filter';
import { ThemeFilterPanel, type ThemeFilterOption } from './theme-filter-panel';
import type { DashboardWords } from './dashboard-words';

export interface DashboardFilterProps {
  /** Every theme with its counts. */
  themeOptions: ThemeFilterOption[];
  filter: ThemeFilter;
  onFilterChange: (filter: ThemeFilter) => void;
  /** Whether the events the filter rejects are shown faintly rather than hidden. */
  dimExcluded: boolean;
  onDimExcludedChange: (dim: boolean) => void;
  words: Pick<DashboardWords, 'filterTitle' | 'dimExcluded' | 'themeFilter'>;
}

/** The dashboard's theme filter: the themes to pick, and whether the rest show faintly. */
export default function DashboardFilter({
  themeOptions,
  filter,
  onFilterChange,
  dimExcluded,
  onDimExcludedChange,
  words,
}: DashboardFilterProps) {
  return (
    <>
      <ThemeFilterPanel
        themes={themeOptions}
        selected={filter.themes}
        match={filter.match}
        onChange={onFilterChange}
        title={words.filterTitle}
        words={words.themeFilter}
      />
      <label className="dim-toggle">
        <input
          type="checkbox"
          checked={dimExcluded}
          onChange={(event) => onDimExcludedChange(event.target.checked)}
        />{' '}
        {words.dimExcluded}
      </label>
    </>
  );
}
