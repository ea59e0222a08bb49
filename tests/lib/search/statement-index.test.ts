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

  it('reads full-width digits and letters as their ASCII, beside Japanese too', () => {
    expect(tokensOf('ＵＳ　Ｆ－３５')).toEqual(['us', 'f', '35']);
    expect(tokensOf('第５条')).toEqual(['第', '5', '条']);
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

describe('findCandidateIds() in Japanese', () => {
  const japanese = createStatementIndex([
    event('j1', '日米防衛相会談', '両大臣は、北朝鮮の弾道ミサイル発射を非難した。'),
    event('j2', '日米電話会談', '両大臣は、朝鮮半島の非核化で一致した。'),
    event('j3', '日米首脳会談', '両首脳は、台湾海峡の平和と安定の重要性を強調した。'),
  ]);
  const japaneseIds = (query: string, match: 'words' | 'substring') =>
    [...(findCandidateIds(japanese, query, match) ?? ['(every event)'])].sort();

  it('indexes Japanese by overlapping character pairs, split off other scripts', () => {
    expect(tokensOf('台湾海峡のF35A')).toEqual(['台湾', '湾海', '海峡', '峡の', 'f35a']);
    expect(tokensOf('岸 大臣')).toEqual(['岸', '大臣']);
  });

  it('narrows a Japanese query to the events holding all its pairs, inside longer words', () => {
    expect(japaneseIds('朝鮮', 'words')).toEqual(['j1', 'j2']);
    expect(japaneseIds('北朝鮮', 'words')).toEqual(['j1']);
    expect(japaneseIds('台湾 海峡', 'substring')).toEqual(['j3']);
    expect(japaneseIds('尖閣', 'words')).toEqual([]);
  });

  it('finds the other words of a Japanese query anywhere, as the words finder does', () => {
    const mixed = createStatementIndex([event('m', '会談', '日米はxf-35の配備を確認した。')]);
    expect([...findCandidateIds(mixed, 'f-35の配備', 'words')!]).toEqual(['m']);
  });

  it('finds a single character inside the pairs', () => {
    expect(japaneseIds('鮮', 'words')).toEqual(['j1', 'j2']);
    expect(japaneseIds('首', 'substring')).toEqual(['j3']);
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
