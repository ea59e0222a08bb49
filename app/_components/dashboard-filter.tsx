'use client';

import type { ThemeFilter } from '@/lib/filter/parse-theme-filter';
import { ThemeFilterPanel, type ThemeFilterOption } from './theme-filter-panel';

export interface DashboardFilterProps {
  /** Every theme with its counts. */
  themeOptions: ThemeFilterOption[];
  filter: ThemeFilter;
  onFilterChange: (filter: ThemeFilter) => void;
  /** Whether the events the filter rejects are shown faintly rather than hidden. */
  dimExcluded: boolean;
  onDimExcludedChange: (dim: boolean) => void;
}

/** The dashboard's theme filter: the themes to pick, and whether the rest show faintly. */
export default function DashboardFilter({
  themeOptions,
  filter,
  onFilterChange,
  dimExcluded,
  onDimExcludedChange,
}: DashboardFilterProps) {
  return (
    <>
      <ThemeFilterPanel
        themes={themeOptions}
        selected={filter.themes}
        match={filter.match}
        onChange={onFilterChange}
        title="Themes"
      />
      <label className="dim-toggle">
        <input
          type="checkbox"
          checked={dimExcluded}
          onChange={(event) => onDimExcludedChange(event.target.checked)}
        />{' '}
        Show the events that do not match faintly instead of hiding them
      </label>
    </>
  );
}
