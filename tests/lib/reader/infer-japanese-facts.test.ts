import { describe, expect, it } from 'vitest';
import {
  inferJapaneseDuration,
  inferJapaneseFormat,
  inferJapaneseKind,
  inferJapanesePlace,
  inferJapaneseStart,
} from '@/lib/reader/infer-japanese-facts';

describe('inferJapaneseKind()', () => {
  it.each([
    ['日米防衛相電話会談', 'telecon'],
    ['日米安全保障協議委員会（「２＋２」）共同発表', 'security-consultative-committee'],
    ['日米首脳会談', 'leaders-summit'],
    ['沖縄復帰50周年記念式典', 'anniversary'],
    ['日米防衛相会談（概要）', 'defense-ministerial'],
    ['日米安全保障条約の署名', 'milestone'],
  ])('reads %s as %s', (title, kind) => {
    expect(inferJapaneseKind(title)).toBe(kind);
  });

  it('gives null where the text does not say', () => {
    expect(inferJapaneseKind('お知らせ')).toBeNull();
  });
});

describe('inferJapaneseStart()', () => {
  it.each([
    ['５月４日（水）午前１１時１０分から約７５分間', '11:10'],
    ['午後４時から', '16:00'],
    ['午後9時半から', '21:30'],
    ['21時05分から', '21:05'],
    ['現地時間2月7日正午から', '12:00'],
  ])('reads %s as %s', (intro, startTime) => {
    expect(inferJapaneseStart(intro)).toEqual({ startTime });
  });

  it('gives nothing for an hour with neither 午前/午後 nor minutes, or an impossible time', () => {
    expect(inferJapaneseStart('9時から')).toEqual({});
    expect(inferJapaneseStart('午後25時00分から')).toEqual({});
  });
});

describe('inferJapaneseDuration()', () => {
  it.each([
    ['約75分間', 75],
    ['約４０分間', 40],
    ['約1時間', 60],
    ['約1時間半', 90],
    ['1時間20分間', 80],
  ])('reads %s as %i minutes', (intro, minutes) => {
    expect(inferJapaneseDuration(intro)).toBe(minutes);
  });
});

describe('inferJapanesePlace()', () => {
  it('reads the place before において, without 訪問先の', () => {
    expect(
      inferJapanesePlace('岸防衛大臣は、訪問先の米国防省においてオースティン長官と会談した。'),
    ).toBe('米国防省');
    expect(inferJapanesePlace('岸防衛大臣は、電話会談を行った。')).toBeUndefined();
  });
});

describe('inferJapaneseFormat()', () => {
  it('tells a call, a video meeting and a meeting in person apart', () => {
    expect(inferJapaneseFormat('telecon', '電話会談')).toBe('phone');
    expect(inferJapaneseFormat('leaders-summit', '日米首脳テレビ会談')).toBe('virtual');
    expect(inferJapaneseFormat('defense-ministerial', '日米防衛相会談')).toBe('in-person');
  });
});
