import { describe, expect, it } from 'vitest';
import {
  isJapaneseBareNumber,
  parseJapaneseHeading,
  withoutJapaneseNumber,
} from '@/lib/reader/parse-japanese-heading';

describe('parseJapaneseHeading()', () => {
  it.each([
    ['１ 冒頭', '冒頭'],
    ['１． 地域情勢', '地域情勢'],
    ['(1) 北朝鮮', '北朝鮮'],
    ['（２）インド太平洋地域', 'インド太平洋地域'],
    ['ア 日米同盟', '日米同盟'],
    ['（イ）宇宙', '宇宙'],
    ['① 装備', '装備'],
    ['一 同盟の役割', '同盟の役割'],
    ['二 地域情勢', '地域情勢'],
    ['地域情勢', '地域情勢'],
  ])('reads %s as the heading %s', (line, title) => {
    expect(parseJapaneseHeading(line)).toBe(title);
  });

  it('gives no heading for a numbered sentence, a number alone or an unnumbered long line', () => {
    expect(parseJapaneseHeading('１ 両大臣は、北朝鮮を非難しました。')).toBeNull();
    expect(parseJapaneseHeading('（３）')).toBeNull();
    expect(parseJapaneseHeading('両大臣は、引き続き連携していくことで一致')).toBeNull();
  });
});

describe('isJapaneseBareNumber()', () => {
  it('is true for a number alone on its line', () => {
    expect(isJapaneseBareNumber('（３）')).toBe(true);
    expect(isJapaneseBareNumber('２')).toBe(true);
    expect(isJapaneseBareNumber('２ 冒頭')).toBe(false);
  });
});

describe('withoutJapaneseNumber()', () => {
  it('drops the number a paragraph opens with', () => {
    expect(withoutJapaneseNumber('(4) 両大臣は一致しました。')).toBe('両大臣は一致しました。');
    expect(withoutJapaneseNumber('両大臣は一致しました。')).toBe('両大臣は一致しました。');
  });
});
