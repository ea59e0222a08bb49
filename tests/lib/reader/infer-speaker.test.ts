import { describe, expect, it } from 'vitest';
import { inferSpeaker, inferSpeakers } from '@/lib/reader/infer-speaker';
import type { Person } from '@/lib/types';

const people: Person[] = [
  { name: 'Kishi Nobuo', surname: 'Kishi', country: 'japan' },
  { name: 'Lloyd J. Austin III', surname: 'Austin', country: 'us' },
];

describe('inferSpeaker()', () => {
  it.each([
    ['The Ministers agreed to cooperate.', 'joint'],
    ['Both leaders condemned the launches.', 'joint'],
    ['Furthermore, the Ministers concurred.', 'joint'],
    ['Japan and the United States will work together.', 'joint'],
    ['Prime Minister Kishida and President Biden reaffirmed the alliance.', 'joint'],
    ['Minister Kishi stated his vision.', 'japan'],
    ['Foreign Minister Hayashi explained the plan.', 'japan'],
    ['Secretary Austin affirmed the commitment.', 'us'],
    ['The Secretary also thanked Japan.', 'us'],
    ['President Biden welcomed the plan.', 'us'],
    ['On May 4, Defense Minister Kishi and Defense Secretary Austin held a meeting.', 'other'],
    ['Secretary Austin hosted Minister Kishi at the Pentagon today.', 'other'],
    ['Minister Kishi received Secretary Austin in Tokyo.', 'other'],
    ['The summary is as follows.', 'other'],
  ])('%s → %s', (sentence, speaker) => {
    expect(inferSpeaker(sentence, people, 'other')).toBe(speaker);
  });

  it('gives a pronoun subject the previous speaker', () => {
    expect(
      inferSpeakers(['Minister Kishi stressed the budget.', 'He also stressed space.'], people),
    ).toEqual(['japan', 'japan']);
  });

  it('knows people by surname from the registry when no title says who they are', () => {
    expect(inferSpeaker('Kishi explained the strategy.', people, 'other')).toBe('japan');
    expect(inferSpeaker('Austin explained the strategy.', people, 'other')).toBe('us');
  });
});
