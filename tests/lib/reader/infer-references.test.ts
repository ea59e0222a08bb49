import { describe, expect, it } from 'vitest';
import {
  inferReferences,
  inferTimeWindow,
  type ReferenceTarget,
} from '@/lib/reader/infer-references';

const events: ReferenceTarget[] = [
  {
    id: '1972-05-15-okinawa-reversion',
    kind: 'milestone',
    title: 'Reversion of Okinawa to Japan',
    date: '1972-05-15',
  },
  {
    id: '2022-01-07-scc',
    kind: 'security-consultative-committee',
    title: '“2+2”',
    date: '2022-01-07',
  },
  {
    id: '2022-05-15-anniversary',
    kind: 'anniversary',
    title: '50th Anniversary of the Reversion of Okinawa',
    date: '2022-05-15',
  },
  {
    id: '2023-01-11-scc',
    kind: 'security-consultative-committee',
    title: '“2+2”',
    date: '2023-01-11',
    japanDate: '2023-01-12',
  },
  {
    id: '2023-01-12-dm',
    kind: 'defense-ministerial',
    title: 'Defense Ministerial',
    date: '2023-01-12',
  },
];

describe('inferReferences()', () => {
  it('resolves a kind of meeting with a month and year', () => {
    expect(
      inferReferences('as confirmed at the “2+2” in January 2022 under', '2022-05-04', events, 'x'),
    ).toEqual(['2022-01-07-scc']);
  });

  it('resolves an anniversary by its ordinal and subject, not the milestone itself', () => {
    expect(
      inferReferences(
        'this year, which marks the 50th anniversary of Okinawa’s reversion to Japan.',
        '2022-05-04',
        events,
        'x',
      ),
    ).toEqual(['2022-05-15-anniversary']);
  });

  it('resolves a milestone named by what happened', () => {
    expect(
      inferReferences('since the reversion of Okinawa in 1972', '2022-05-15', events, 'x'),
    ).toEqual(['1972-05-15-okinawa-reversion']);
  });

  it('resolves "the previous day" against the document date', () => {
    expect(
      inferReferences('They followed up the 2+2 held the previous day.', '2023-01-12', events, 'x'),
    ).toEqual(['2023-01-11-scc']);
  });

  it('never refers to the event itself, nor to a meeting without a time', () => {
    expect(
      inferReferences('the “2+2” in January 2022', '2022-01-07', events, '2022-01-07-scc'),
    ).toEqual([]);
    expect(inferReferences('the next “2+2” will follow', '2022-05-04', events, 'x')).toEqual([]);
  });
});

describe('inferReferences() on Japanese', () => {
  it.each([
    ['両大臣は、本年1月の「2+2」の成果を確認しました。', '2022-05-04', ['2022-01-07-scc']],
    [
      '令和4年1月7日の日米安全保障協議委員会（「２＋２」）を踏まえ',
      '2022-05-04',
      ['2022-01-07-scc'],
    ],
    ['前日の「2+2」に続き', '2023-01-12', ['2023-01-11-scc']],
    ['沖縄復帰50周年を迎えるに当たり', '2022-05-04', ['2022-05-15-anniversary']],
    ['1972年の沖縄の本土復帰以来', '2022-05-04', ['1972-05-15-okinawa-reversion']],
  ])('resolves %s', (sentence, date, ids) => {
    expect(inferReferences(sentence, date, events, 'x')).toEqual(ids);
  });

  it('resolves no meeting without a time', () => {
    expect(inferReferences('「2+2」を早期に開催する', '2022-05-04', events, 'x')).toEqual([]);
  });
});

describe('inferTimeWindow()', () => {
  it('reads Japanese dates, months, years and 前日', () => {
    expect(inferTimeWindow('2023年1月11日の', '2023-02-01')).toEqual({
      from: '2023-01-11',
      to: '2023-01-11',
    });
    expect(inferTimeWindow('令和3年3月の', '2023-02-01')).toEqual({
      from: '2021-03-01',
      to: '2021-03-31',
    });
    expect(inferTimeWindow('昨年の', '2023-02-01')).toEqual({
      from: '2022-01-01',
      to: '2022-12-31',
    });
    expect(inferTimeWindow('前日の', '2023-03-01')).toEqual({
      from: '2023-02-28',
      to: '2023-02-28',
    });
    expect(inferTimeWindow('早期に', '2023-03-01')).toBeNull();
  });

  it('reads full dates, months, years and "the previous day"', () => {
    expect(inferTimeWindow('on January 11, 2023', '2023-02-01')).toEqual({
      from: '2023-01-11',
      to: '2023-01-11',
    });
    expect(inferTimeWindow('in March 2021', '2023-02-01')).toEqual({
      from: '2021-03-01',
      to: '2021-03-31',
    });
    expect(inferTimeWindow('in 1996', '2023-02-01')).toEqual({
      from: '1996-01-01',
      to: '1996-12-31',
    });
    expect(inferTimeWindow('the previous day', '2023-03-01')).toEqual({
      from: '2023-02-28',
      to: '2023-02-28',
    });
    expect(inferTimeWindow('soon', '2023-03-01')).toBeNull();
  });
});
