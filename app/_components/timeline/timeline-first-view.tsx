import type { FirstViewSize, StaticFrame } from '@/lib/create-first-view';
import { getClusterWidth } from '@/lib/timeline-layout';
import { LANES } from '@/lib/timeline-lanes';
import { GEOMETRY, getMarkY, TIMELINE_HEIGHT } from './draw-timeline';

interface TimelineFirstViewProps {
  /** The first view laid out for each screen size; CSS shows the one that fits. */
  views: Record<FirstViewSize, StaticFrame>;
}

/**
 * The timeline's first view as static SVG, rendered on the server so it is on screen as soon as
 * the page is, before the script that draws the interactive timeline has loaded. Positions are in
 * percentages of the width, so a view fits any width from the one it was laid out for upwards.
 */
export function TimelineFirstView({ views }: TimelineFirstViewProps) {
  return (
    <>
      {(Object.keys(views) as FirstViewSize[]).map((size) => (
        <FirstViewSvg key={size} size={size} frame={views[size]} />
      ))}
      {/* Runs as the HTML is parsed, when this view is first painted. */}
      <script
        dangerouslySetInnerHTML={{
          __html:
            "performance.getEntriesByName('timeline:ready').length||performance.mark('timeline:ready')",
        }}
      />
    </>
  );
}

function FirstViewSvg({ size, frame }: { size: FirstViewSize; frame: StaticFrame }) {
  const pct = (x: number) => `${((x / frame.width) * 100).toFixed(3)}%`;
  return (
    <svg
      className={`first-view first-view-${size}`}
      width="100%"
      height={TIMELINE_HEIGHT}
      aria-hidden="true"
    >
      {LANES.map((lane, index) => {
        const top = GEOMETRY.axisHeight + index * GEOMETRY.laneHeight;
        return (
          <g key={lane.id}>
            {index % 2 === 0 && (
              <rect
                x={0}
                y={top}
                width="100%"
                height={GEOMETRY.laneHeight}
                className="first-view-band"
              />
            )}
            <text x={6} y={top + 14} className="first-view-lane">
              {lane.label.toUpperCase()}
            </text>
          </g>
        );
      })}
      {frame.ticks.map((tick) => (
        <g key={tick.x}>
          <line
            x1={pct(tick.x)}
            x2={pct(tick.x)}
            y1={GEOMETRY.axisHeight - (tick.major ? 8 : 5)}
            y2={TIMELINE_HEIGHT}
            className="first-view-tick"
          />
          <text
            x={pct(tick.x)}
            dx={4}
            y={GEOMETRY.axisHeight / 2}
            dy="0.35em"
            className={tick.major ? 'first-view-text' : 'first-view-muted'}
          >
            {tick.label}
          </text>
        </g>
      ))}
      <svg
        viewBox={`0 0 ${frame.width} ${TIMELINE_HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        height={TIMELINE_HEIGHT}
      >
        {frame.arcs.map(({ x0, lane0, x1, lane1 }) => {
          const y0 = getMarkY(lane0) - 8;
          const y1 = getMarkY(lane1) - 8;
          const lift = Math.min(GEOMETRY.laneHeight * 1.5, 24 + Math.abs(x1 - x0) * 0.2);
          const cy = Math.max(GEOMETRY.axisHeight, Math.min(y0, y1) - lift);
          return (
            <path
              key={`${x0}-${x1}-${lane1}`}
              d={`M${x0},${y0} Q${(x0 + x1) / 2},${cy} ${x1},${y1}`}
              className="first-view-arc"
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
      </svg>
      <svg
        viewBox={`0 0 ${frame.width} ${TIMELINE_HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        height={TIMELINE_HEIGHT}
      >
        {/* One path per lane for the clusters: each a pill, a stroke with round caps. */}
        {LANES.map((lane, index) => (
          <path
            key={`clusters-${lane.id}`}
            d={frame.clusters
              .filter((cluster) => cluster.lane === index)
              .map((cluster) => {
                const width = getClusterWidth(cluster.count);
                const start = cluster.x - width / 2 + 9;
                return `M${start.toFixed(1)} ${getMarkY(index)}h${(width - 18).toFixed(1)}`;
              })
              .join('')}
            className="first-view-clusters"
            style={{ stroke: `var(--lane-${index})` }}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {/* One path per lane: each mark a zero-length stroke with a round cap, round at any width. */}
        {LANES.map((lane, index) => (
          <path
            key={lane.id}
            d={frame.marks[index]!.map((x) => `M${x} ${getMarkY(index)}h0`).join('')}
            className="first-view-marks"
            style={{ stroke: `var(--lane-${index})` }}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      {frame.clusters.map((cluster) => (
        <text
          key={`${cluster.lane}-${cluster.x}`}
          x={pct(cluster.x)}
          y={getMarkY(cluster.lane)}
          dy="0.35em"
          textAnchor="middle"
          className="first-view-count"
        >
          {cluster.count}
        </text>
      ))}
      {frame.selected && (
        <circle
          cx={pct(frame.selected.x)}
          cy={getMarkY(frame.selected.lane)}
          r={GEOMETRY.markRadius + 5}
          className="first-view-ring"
        />
      )}
      {frame.labels.map((label) => (
        <text
          key={`${label.lane}-${label.x}`}
          x={pct(label.x)}
          y={getMarkY(label.lane)}
          dy="0.35em"
          className="first-view-text"
        >
          {label.text}
        </text>
      ))}
    </svg>
  );
}
