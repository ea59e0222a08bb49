import type { Domain } from '@/lib/timeline/domain';
import { ZOOM_STEP } from '@/lib/timeline/key-actions';
import type { TimelinePreset } from '@/lib/timeline/presets';

interface TimelineToolbarProps {
  presets: TimelinePreset[];
  /** The window as text, announced as it changes. */
  range: string;
  /** Zooms by a factor: below 1 in, above 1 out. */
  onZoom: (factor: number) => void;
  onJump: (domain: Domain) => void;
  onDownload: (format: 'png' | 'svg') => void;
}

/** The buttons above the timeline: zoom, the preset windows, downloads, and the window shown. */
export function TimelineToolbar({
  presets,
  range,
  onZoom,
  onJump,
  onDownload,
}: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
      <button type="button" onClick={() => onZoom(1 / ZOOM_STEP)}>
        Zoom in
      </button>
      <button type="button" onClick={() => onZoom(ZOOM_STEP)}>
        Zoom out
      </button>
      {presets.map((preset) => (
        <button key={preset.label} type="button" onClick={() => onJump(preset.domain)}>
          {preset.label}
        </button>
      ))}
      <button type="button" onClick={() => onDownload('png')}>
        Download PNG
      </button>
      <button type="button" onClick={() => onDownload('svg')}>
        Download SVG
      </button>
      <span className="timeline-range" aria-live="polite">
        {range}
      </span>
    </div>
  );
}
