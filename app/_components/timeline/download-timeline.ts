import type { TimelineFrame } from '@/lib/timeline/create-timeline-frame';
import { createTimelineSvg, type SvgStyle } from '@/lib/timeline/create-timeline-svg';
import type { Domain } from '@/lib/timeline/domain';
import { createDownloadName, createExportName } from '@/lib/timeline/export-name';

/** What a downloaded picture is named after: the committed window and the theme filter's themes. */
export interface PictureNaming {
  domain: Domain;
  themes: readonly string[];
}

/** Downloads the canvas as a PNG, named after the window, the filter and today's date. */
export function downloadTimelinePng(canvas: HTMLCanvasElement, naming: PictureNaming): void {
  canvas.toBlob((blob) => blob && downloadBlob(blob, nameOf(naming, 'png')));
}

/** Downloads a frame as a standalone SVG, named after the window, the filter and today's date. */
export function downloadTimelineSvg(
  frame: TimelineFrame,
  style: SvgStyle,
  naming: PictureNaming,
): void {
  const svg = createTimelineSvg(frame, style);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), nameOf(naming, 'svg'));
}

function nameOf({ domain, themes }: PictureNaming, extension: string): string {
  return createDownloadName(createExportName(domain, themes), Date.now(), extension);
}

function downloadBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
