'use client';

import dynamic from 'next/dynamic';
import { describeThemeFilter } from '@/lib/filter/describe-theme-filter';
import type { LaneMode } from '@/lib/timeline/lanes';
import type { DashboardFilterProps } from './dashboard-filter';

/** The filter's body loads after the timeline, so its code is not part of the first load. */
const DashboardFilter = dynamic(() => import('./dashboard-filter'), {
  ssr: false,
  loading: () => <p role="status">Loading the themes…</p>,
});

interface DashboardControlsProps extends DashboardFilterProps {
  laneMode: LaneMode;
  onLaneModeChange: (mode: LaneMode) => void;
}

/** Above the timeline: the theme filter, folded to a summary of itself, and the lanes' toggle. */
export function DashboardControls({
  laneMode,
  onLaneModeChange,
  ...filterProps
}: DashboardControlsProps) {
  return (
    <div className="dashboard-controls">
      <details className="dashboard-filter">
        <summary>
          Filter by theme: {describeThemeFilter(filterProps.filter, filterProps.themeOptions)}
        </summary>
        <DashboardFilter {...filterProps} />
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
