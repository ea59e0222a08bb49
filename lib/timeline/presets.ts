import type { Domain } from './domain';
import { DEFAULT_DOMAIN } from './parse-timeline-view';
import type { TimelineWords } from './timeline-words';

/** A window the timeline's toolbar jumps to, and the button's text. */
export interface TimelinePreset {
  label: string;
  domain: Domain;
}

/** The toolbar's windows, in the order of its buttons: the opening window, the whole period, two recent spans. */
export function createPresets(
  bounds: Domain,
  words: Pick<TimelineWords, 'reset' | 'all'>,
): TimelinePreset[] {
  return [
    { label: words.reset, domain: DEFAULT_DOMAIN },
    { label: words.all, domain: bounds },
    { label: '2021-2024', domain: [Date.UTC(2021, 0, 1), Date.UTC(2025, 0, 1)] },
    { label: '2022', domain: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] },
  ];
}
