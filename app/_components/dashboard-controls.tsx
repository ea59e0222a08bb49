'use client';

import { lazy, Suspense, useState } from 'react';
import { describeThemeFilter } from '@/lib/filter/describe-theme-filter';
import type { LaneMode } from '@/lib/timeline/lanes';
import type { DashboardFilterProps } from './dashboard-filter';
import type { DashboardWords } from './dashboard-words';
import { fillIn } from '@/lib/text/fill-in';

/** The filter's body loads after the timeline, so its code is not part of the first load. */
const DashboardFilter = lazy(() => import('./dashboard-filter'));

interface DashboardControlsProps extends DashboardFilterProps {
  words: DashboardWords;
  laneMode: LaneMode;
  onLaneModeChange: (mode: LaneMode) => void;
}

/** Above the timeline: the theme filter, folded to a summary of itself, and the lanes' toggle. */
export function DashboardControls({
  laneMode,
  onLaneModeChange,
  words,
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
          {fillIn(words.filterSummary, {
            filter: describeThemeFilter(
              filterProps.filter,
              filterProps.themeOptions,
              words.summary,
            ),
          })}
        </summary>
        {/* Rendered once first opened: folded, it is no work for the page's first load. */}
        {opened && (
          <Suspense fallback={<p role="status">{words.loadingThemes}</p>}>
            <DashboardFilter {...filterProps} words={words} />
          </Suspense>
        )}
      </details>
      <button
        type="button"
        aria-pressed={laneMode === 'themes'}
        onClick={() => onLaneModeChange(laneMode === 'themes' ? 'kinds' : 'themes')}
      >
        {words.themeLanes}
      </button>
    </div>
  );
}
