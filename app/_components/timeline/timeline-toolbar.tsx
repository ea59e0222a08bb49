import type { Domain } from '@/lib/timeline/domain';
import { ZOOM_STEP } from '@/lib/timeline/key-actions';
import type { TimelinePreset } from '@/lib/timeline/presets';
import type { TimelineWords } from '@/lib/timeline/timeline-words';

interface TimelineToolbarProps {
  presets: TimelinePreset[];
  /** The window as text, announced as it changes. */
  range: string;
  /** Zooms by a factor: below 1 in, above 1 out. */
  onZoom: (factor: number) => void;
  onJump: (domain: Domain) => void;
  onDownload: (format: 'png' | 'svg') => void;
  words: TimelineWords;
}

/** The buttons above the timeline: zoom, the preset windows, downloads, and the window shown. */
export function TimelineToolbar({
  presets,
  range,
  onZoom,
  onJump,
  onDownload,
  words,
}: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={words.controls}>
      <button type="button" onClick={() => onZoom(1 / ZOOM_STEP)}>
        {words.zoomIn}
      </button>
      <button type="button" onClick={() => onZoom(ZOOM_STEP)}>
        {words.zoomOut}
      </button>
      {presets.map((preset) => (
        <button key={preset.label} type="button" onClick={() => onJump(preset.domain)}>
          {preset.label}
        </button>
      ))}
      <button type="button" onClick={() => onDownload('png')}>
        {words.downloadPng}
      </button>
      <button type="button" onClick={() => onDownload('svg')}>
        {words.downloadSvg}
      </button>
      <span className="timeline-range" aria-live="polite">
        {range}
      </span>
    </div>
  );
}
