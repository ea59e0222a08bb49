import { createBilingualCorpus, MEETING_ID } from '../bilingual/bilingual-corpus';

export { MEETING_ID };

/**
 * A Japanese text of the bilingual fixture's meeting in the Ministry of Defense's shape, written
 * for these tests (not an official text). Against the English it leaves out the Senkaku Islands
 * and raises North Korea; both speak of the Taiwan Strait and of Okinawa (Futenma).
 */
export const JAPANESE_TEXT = `---
sources:
  - publisher: テスト省
    title: 比較のテストのために書いた会談の概要
    url: https://example.org/tests/languages-ja
    language: ja
    kind: publisher
provenance: summary
---

佐藤防衛大臣とミラー長官は、ワシントンで会談を行ったところ、概要次のとおり。

## 地域情勢

両大臣は、台湾海峡の平和と安定が重要であることで一致した。

両大臣は、北朝鮮の弾道ミサイル開発に懸念を示した。

## 基地

佐藤大臣は、普天間飛行場の移設を着実に進めるよう求めた。
`;

/** A corpus folder holding the meeting's English and the Japanese text above. */
export function createLanguageCorpus(): string {
  return createBilingualCorpus({ [`${MEETING_ID}.ja.md`]: JAPANESE_TEXT });
}
