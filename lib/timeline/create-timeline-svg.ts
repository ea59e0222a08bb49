import type { TimelineFrame } from './create-timeline-frame';
import { getClusterWidth } from './cluster-width';
import {
  createArcCurve,
  estimateTitleWidth,
  getLaneColor,
  laneTitleBox,
  type Lane,
  type LaneGeometry,
} from './lanes';

/** Colours of the timeline's parts, as CSS colour strings (read from the page's custom properties). */
export interface TimelineColors {
  fg: string;
  muted: string;
  line: string;
  band: string;
  accent: string;
  /** Text on a lane-coloured cluster. */
  onLane: string;
  bg: string;
  /** One per kind lane. */
  lanes: string[];
}

/** The geometry and colours an SVG drawing of the timeline needs. */
export interface SvgStyle {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  colors: TimelineColors;
}

/** A standalone SVG document of one timeline frame: lanes, axis, marks, clusters, labels, arcs. */
export function createTimelineSvg(frame: TimelineFrame, style: SvgStyle): string {
  const { colors, lanes } = style;
  const { markY, axisHeight, laneHeight, height, labelRows } = style.geometry;
  const parts: string[] = [
    `<rect width="${frame.width}" height="${height}" fill="${colors.bg}"/>`,
    ...lanes.map((_, index) =>
      index % 2 === 0
        ? `<rect y="${axisHeight + index * laneHeight}" width="${frame.width}" height="${laneHeight}" fill="${colors.band}"/>`
        : '',
    ),
    ...frame.ticks.map(
      (tick) =>
        `<line x1="${tick.x}" x2="${tick.x}" y1="${axisHeight - (tick.major ? 8 : 5)}" y2="${height}" stroke="${colors.line}"/><text x="${tick.x + 4}" y="${axisHeight / 2 + 4}" fill="${tick.major ? colors.fg : colors.muted}">${escapeXml(tick.label)}</text>`,
    ),
    ...frame.arcs.map((arc) => {
      const { x0, y0, cx, cy, x1, y1 } = createArcCurve(arc, style.geometry);
      return `<path d="M${x0},${y0} Q${cx},${cy} ${x1},${y1}" fill="none" stroke="${colors.accent}" stroke-width="1.5" stroke-dasharray="5 4"/>`;
    }),
    ...lanes.map((lane, index) => {
      const box = laneTitleBox(lanes, index, style.geometry, estimateTitleWidth(lane.label));
      const fill = index % 2 ? colors.bg : colors.band;
      return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="4" fill="${fill}"/><text x="${box.textX}" y="${box.textTop + 10}" fill="${colors.muted}" font-size="11" font-weight="600">${escapeXml(box.text)}</text>`;
    }),
    ...frame.items.map((item) => {
      const y = markY(item.lane);
      const color = getLaneColor(lanes, item.lane, colors.lanes) ?? colors.fg;
      if (item.type === 'event') {
        const ring =
          item.index === frame.selected
            ? `<circle cx="${item.x}" cy="${y}" r="10.5" fill="none" stroke="${colors.fg}" stroke-width="2"/>`
            : '';
        return `<circle cx="${item.x}" cy="${y}" r="5.5" fill="${color}"/>${ring}`;
      }
      const width = getClusterWidth(item.indices.length);
      return `<rect x="${item.x - width / 2}" y="${y - 9}" width="${width}" height="18" rx="9" fill="${color}"/><text x="${item.x}" y="${y + 4}" text-anchor="middle" fill="${colors.onLane}" font-size="11" font-weight="600">${item.indices.length}</text>`;
    }),
    ...frame.labels.map(
      (label) =>
        `<text x="${label.x}" y="${markY(label.lane) + labelRows[label.row]! + 4}"${label.align === 'end' ? ' text-anchor="end"' : ''} fill="${colors.fg}">${escapeXml(label.text)}</text>`,
    ),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${height}" viewBox="0 0 ${frame.width} ${height}" font-family="system-ui, sans-serif" font-size="12">${parts.join('')}</svg>\n`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
