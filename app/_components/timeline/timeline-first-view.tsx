import { headers } from 'next/headers';
import { Fragment } from 'react';
import {
  placeCountDigits,
  type FirstViewSize,
  type StaticFrame,
} from '@/lib/timeline/create-first-view';
import { getClusterWidth } from '@/lib/timeline/cluster-width';
import {
  createArcCurve,
  createLaneGeometry,
  estimateTitleWidth,
  getLaneColor,
  KIND_LANE_COLORS,
  laneTitleBox,
  type Lane,
  type LaneGeometry,
} from '@/lib/timeline/lanes';
import { GEOMETRY } from './draw-timeline';

interface TimelineFirstViewProps {
  /** The first view laid out for each screen size; CSS shows the one that fits. */
  views: Record<FirstViewSize, StaticFrame>;
  lanes: readonly Lane[];
}

/**
 * The timeline's first view as static SVG, rendered on the server so it is on screen as soon as
 * the page is, before the script that draws the interactive timeline has loaded. Positions are in
 * percentages of the width, so a view fits any width from the one it was laid out for upwards.
 */
export async function TimelineFirstView({ views, lanes }: TimelineFirstViewProps) {
  const geometry = createLaneGeometry(lanes.length);
  // The Content-Security-Policy runs inline scripts only with this request's nonce (proxy.ts).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  // Wide screens first: the view on screen is marked ready as soon as it is parsed.
  return (['large', 'medium', 'small'] as const).map((size) => (
    <Fragment key={size}>
      <FirstViewSvg size={size} frame={views[size]} lanes={lanes} geometry={geometry} />
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: MARK_READY_IF_SHOWN }} />
    </Fragment>
  ));
}

/**
 * Runs as the HTML is parsed, right after one of the views: marks `timeline:ready` if that view is
 * the one CSS shows on this screen, with the view's class (`first-view-large`, ...) as its detail.
 */
const MARK_READY_IF_SHOWN =
  "(function(v){getComputedStyle(v).display==='none'||performance.getEntriesByName('timeline:ready').length||performance.mark('timeline:ready',{detail:v.classList[1]})})(document.currentScript.previousElementSibling)";

interface FirstViewSvgProps {
  size: FirstViewSize;
  frame: StaticFrame;
  lanes: readonly Lane[];
  geometry: LaneGeometry;
}

function FirstViewSvg({ size, frame, lanes, geometry }: FirstViewSvgProps) {
  const { axisHeight, laneHeight, height, markY, labelRows } = geometry;
  const pct = (x: number) => `${((x / frame.width) * 100).toFixed(2)}%`;
  return (
    <svg
      className={`first-view first-view-${size}`}
      width="100%"
      height={height}
      aria-hidden="true"
    >
      {lanes.map((lane, index) =>
        index % 2 === 0 ? (
          <rect
            key={lane.id}
            x={0}
            y={axisHeight + index * laneHeight}
            width="100%"
            height={laneHeight}
            className="first-view-band"
          />
        ) : null,
      )}
      {frame.ticks.map((tick) => (
        <g key={tick.x}>
          <line
            x1={pct(tick.x)}
            x2={pct(tick.x)}
            y1={axisHeight - (tick.major ? 8 : 5)}
            y2={height}
            className="first-view-tick"
          />
          <text
            x={pct(tick.x)}
            dx={4}
            y={axisHeight / 2}
            dy="0.35em"
            className={tick.major ? 'first-view-text' : 'first-view-muted'}
          >
            {tick.label}
          </text>
        </g>
      ))}
      {/* Arcs, clusters and marks in the frame's pixels, stretched to the width. */}
      <svg
        viewBox={`0 0 ${frame.width} ${height}`}
        preserveAspectRatio="none"
        width="100%"
        height={height}
      >
        {frame.arcs.map((arc) => {
          const { x0, y0, cx, cy, x1, y1 } = createArcCurve(arc, geometry);
          return (
            <path
              key={`${x0}-${x1}-${arc.lane1}`}
              d={`M${x0},${y0} Q${cx},${cy} ${x1},${y1}`}
              className="first-view-arc"
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
        {/* One path per lane for the clusters: each a pill, a stroke with round caps. */}
        {lanes.map((lane, index) => (
          <path
            key={`clusters-${lane.id}`}
            d={frame.clusters
              .filter((cluster) => cluster.lane === index)
              .map((cluster) => {
                const width = getClusterWidth(cluster.count);
                const start = cluster.x - width / 2 + 9;
                return `M${start.toFixed(1)} ${markY(index)}h${(width - 18).toFixed(1)}`;
              })
              .join('')}
            className="first-view-clusters"
            style={{ stroke: getLaneColor(lanes, index, KIND_LANE_COLORS) }}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {/* One path per lane: each mark a zero-length stroke with a round cap, round at any width. */}
        {lanes.map((lane, index) => (
          <path
            key={lane.id}
            d={frame.marks[index]!.map((x) => `M${x} ${markY(index)}h0`).join('')}
            className="first-view-marks"
            style={{ stroke: getLaneColor(lanes, index, KIND_LANE_COLORS) }}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      {/* Lane titles on boxes of their own, above the gridlines and arcs. */}
      {lanes.map((lane, index) => {
        const box = laneTitleBox(lanes, index, geometry, estimateTitleWidth(lane.label));
        return (
          <g key={`title-${lane.id}`}>
            <rect
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              rx={4}
              className={index % 2 ? 'first-view-title' : 'first-view-title first-view-band'}
            />
            <text x={box.textX} y={box.textTop + 10} className="first-view-lane">
              {box.text}
            </text>
          </g>
        );
      })}
      {/* One text per lane for the counts: each digit placed on its own, centred on its cluster. */}
      <g className="first-view-count">
        {lanes.map((lane, index) => {
          const digits = frame.clusters
            .filter((cluster) => cluster.lane === index)
            .flatMap((cluster) => placeCountDigits(cluster.count, pct(cluster.x)));
          return digits.length ? (
            <text
              key={lane.id}
              x={digits.map((digit) => digit.x).join(' ')}
              dx={digits.map((digit) => digit.dx).join(' ')}
              y={markY(index)}
            >
              {digits.map((digit) => digit.text).join('')}
            </text>
          ) : null;
        })}
      </g>
      {frame.selected.map((mark) => (
        <circle
          key={mark.lane}
          cx={pct(mark.x)}
          cy={markY(mark.lane)}
          r={GEOMETRY.markRadius + 5}
          className="first-view-ring"
        />
      ))}
      <g className="first-view-text first-view-labels">
        {frame.labels.map((label) => (
          <text
            key={`${label.lane}-${label.row}-${label.x}`}
            x={pct(label.x)}
            y={markY(label.lane) + labelRows[label.row]!}
            textAnchor={label.align}
          >
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
