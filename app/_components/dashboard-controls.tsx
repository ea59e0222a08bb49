'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
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
  const [opened, setOpened] = useState(false);
  return (
    <div className="dashboard-controls">
      <details
        className="dashboard-filter"
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary>
          Filter by theme: {describeThemeFilter(filterProps.filter, filterProps.themeOptions)}
        </summary>
        {/* Rendered once first opened: folded, it is no work for the page's first load. */}
        {opened && <DashboardFilter {...filterProps} />}
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
