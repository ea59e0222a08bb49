import { describe, expect, it } from 'vitest';
import {
  createStatementIndex,
  findCandidateIds,
  tokensOf,
  withEventIndexed,
} from '@/lib/search/statement-index';
import type { EventDetail } from '@/lib/types';

function event(id: string, title: string, ...texts: string[]): EventDetail {
  return {
    id,
    title,
    statements: texts.map((text, n) => ({ id: `${id}-s${n + 1}`, text })),
  } as EventDetail;
}

const EVENTS = [
  event('a', 'Talks in Tokyo', 'They condemned North Korea’s missile launches.'),
  event('b', 'A call', 'The ministers spoke of anti-missile defence.', 'Nothing else.'),
  event('c', 'Summit', 'Peace and stability across the Taiwan Strait.'),
];
const index = createStatementIndex(EVENTS);
const ids = (query: string, match: 'words' | 'substring') =>
  [...(findCandidateIds(index, query, match) ?? ['(every event)'])].sort();

describe('tokensOf()', () => {
  it('splits at every character that is not a letter or digit, in lower case', () => {
    expect(tokensOf('North Korea’s “2+2” ſtrait')).toEqual([
      'north',
      'korea',
      's',
      '2',
      '2',
      'strait',
    ]);
  });
});

describe('findCandidateIds()', () => {
  it('finds words from the start of a word, the last word as a prefix', () => {
    expect(ids('missile', 'words')).toEqual(['a', 'b']);
    expect(ids('Korea’s missi', 'words')).toEqual(['a']);
    expect(ids('taiwan strait', 'words')).toEqual(['c']);
    expect(ids('issile', 'words')).toEqual([]);
  });

  it('finds a substring anywhere in a word where nothing in the query bounds it', () => {
    expect(ids('issile', 'substring')).toEqual(['a', 'b']);
    expect(ids('ssile laun', 'substring')).toEqual(['a']);
    expect(ids('tokyo', 'substring')).toEqual(['a']);
  });

  it('leaves the search to a scan of every event where the query has no word or one outside ASCII', () => {
    expect(findCandidateIds(index, '“”', 'words')).toBeNull();
    expect(findCandidateIds(index, 'Straße', 'substring')).toBeNull();
  });
});

describe('withEventIndexed()', () => {
  it('gives a new index with the event’s words, and leaves the old one as it was', () => {
    const next = withEventIndexed(index, event('d', 'Okinawa', 'Futenma relocation.'));
    expect([...findCandidateIds(next, 'futenma', 'words')!]).toEqual(['d']);
    expect([...findCandidateIds(index, 'futenma', 'words')!]).toEqual([]);
    expect(next.vocabulary).toEqual([...next.vocabulary].sort());
  });
});
