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
    ['We, the Ministers, reaffirmed the Alliance.', 'joint'],
    ['Regarding North Korea, the two leaders condemned the launches.', 'joint'],
    ['China and Russia flew bombers near Japan, and the two ministers expressed concern.', 'joint'],
    ['The Security Consultative Committee convened in Tokyo.', 'other'],
    ['The Ministers held the first meeting and committed to keep it going.', 'joint'],
    ['Minister Kishi welcomed President Biden’s plan.', 'japan'],
    ['Minister Kishi welcomed President Biden to Tokyo.', 'other'],
  ])('%s → %s', (sentence, speaker) => {
    expect(inferSpeaker(sentence, people, 'other')).toBe(speaker);
  });

  it('gives a pronoun subject the previous speaker', () => {
    expect(
      inferSpeakers(['Minister Kishi stressed the budget.', 'He also stressed space.'], people),
    ).toEqual(['japan', 'japan']);
  });

  it('gives "I" the author’s side, and "X and I" both sides where X is the other', () => {
    expect(inferSpeaker('I welcomed his statement.', people, 'other', 'japan')).toBe('japan');
    expect(inferSpeaker('Secretary Austin and I agreed.', people, 'other', 'japan')).toBe('joint');
    expect(inferSpeaker('I welcomed his statement.', people, 'other')).toBe('other');
    expect(inferSpeakers(['On May 4, I met Secretary Austin.'], people, 'japan')).toEqual([
      'other',
    ]);
  });

  it('gives both sides a sentence of a joint statement that names no side, but not narration', () => {
    expect(
      inferSpeakers(
        [
          'Today, President Biden welcomed Prime Minister Kishida to Washington.',
          'The statement reads as follows.',
          'Three years on, the partnership has never been stronger.',
        ],
        people,
        'joint',
      ),
    ).toEqual(['other', 'other', 'joint']);
  });

  it('knows people by surname from the registry when no title says who they are', () => {
    expect(inferSpeaker('Kishi explained the strategy.', people, 'other')).toBe('japan');
    expect(inferSpeaker('Austin explained the strategy.', people, 'other')).toBe('us');
  });
});
