import type { Speaker } from '../types';

/** How the UI and exports name each speaker. */
export const SPEAKER_LABELS: Record<Speaker, string> = {
  joint: 'Joint',
  japan: 'Japan',
  us: 'U.S.',
  other: 'Narration',
};
