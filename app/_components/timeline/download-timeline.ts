import type { TimelineFrame } from '@/lib/timeline/create-timeline-frame';
import { createTimelineSvg, type SvgStyle } from '@/lib/timeline/create-timeline-svg';
import { createDownloadName } from '@/lib/timeline/export-name';

/** Downloads the canvas as a PNG named after `exportName` and today's date. */
export function downloadTimelinePng(canvas: HTMLCanvasElement, exportName: string): void {
  canvas.toBlob(
    (blob) => blob && downloadBlob(blob, createDownloadName(exportName, Date.now(), 'png')),
  );
}

/** Downloads a frame as a standalone SVG named after `exportName` and today's date. */
export function downloadTimelineSvg(
  frame: TimelineFrame,
  style: SvgStyle,
  exportName: string,
): void {
  const svg = createTimelineSvg(frame, style);
  downloadBlob(
    new Blob([svg], { type: 'image/svg+xml' }),
    createDownloadName(exportName, Date.now(), 'svg'),
  );
}

function downloadBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
