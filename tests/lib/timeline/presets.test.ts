import { describe, expect, it } from 'vitest';
import { createPresets } from '@/lib/timeline/presets';
import { DEFAULT_DOMAIN } from '@/lib/timeline/parse-timeline-view';
import { timelineWordsIn } from './timeline-words-in';

describe('createPresets()', () => {
  it('gives the opening window, the whole period and two recent spans, in toolbar order', () => {
    const bounds: [number, number] = [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)];
    expect(createPresets(bounds, timelineWordsIn('en'))).toEqual([
      { label: 'Reset', domain: DEFAULT_DOMAIN },
      { label: 'All', domain: bounds },
      { label: '2021-2024', domain: [Date.UTC(2021, 0, 1), Date.UTC(2025, 0, 1)] },
      { label: '2022', domain: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] },
    ]);
  });
});
