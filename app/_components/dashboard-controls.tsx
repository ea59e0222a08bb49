'use client';

import dynamic from 'next/dynamic';
import { describeThemeFilter } from '@/lib/filter/describe-theme-filter';
import type { ThemeFilter } from '@/lib/filter/parse-theme-filter';
import type { LaneMode } from '@/lib/timeline/lanes';
import type { ThemeFilterOption } from './theme-filter-panel';

/** The theme list loads after the timeline, so its code is not part of the first load. */
const ThemeFilterPanel = dynamic(
  () => import('./theme-filter-panel').then((module) => module.ThemeFilterPanel),
  { ssr: false, loading: () => <p role="status">Loading the themes…</p> },
);

interface DashboardControlsProps {
  /** Every theme with its counts. */
  themeOptions: ThemeFilterOption[];
  filter: ThemeFilter;
  onFilterChange: (filter: ThemeFilter) => void;
  /** Whether the events the filter rejects are shown faintly rather than hidden. */
  dimExcluded: boolean;
  onDimExcludedChange: (dim: boolean) => void;
  laneMode: LaneMode;
  onLaneModeChange: (mode: LaneMode) => void;
}

/** Above the timeline: the theme filter, folded to a summary of itself, and the lanes' toggle. */
export function DashboardControls({
  themeOptions,
  filter,
  onFilterChange,
  dimExcluded,
  onDimExcludedChange,
  laneMode,
  onLaneModeChange,
}: DashboardControlsProps) {
  return (
    <div className="dashboard-controls">
      <details className="dashboard-filter">
        <summary>Filter by theme: {describeThemeFilter(filter, themeOptions)}</summary>
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
      </details>
      <button
        type="button"
        aria-pressed={laneMode === 'themes'}
        onClick={() => onLaneModeChange(laneMode === 'themes' ? 'kinds' : 'themes')}
      >
        Theme lanes
      </button>
    </div>
  );
}
