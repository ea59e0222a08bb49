import type { EventText } from '../corpus/event-text';
import { alignSections, type Alignment, type SectionPair } from './align-sections';
import { inOrder, sectionsOf } from './text-section';

/** Two sections side by side, with the themes that one raises and the other leaves out. */
export interface AlignedSections extends SectionPair {
  /** Themes the Japanese section raises and its English one does not (all, where it has none). */
  onlyJapanese: string[];
  /** Themes the English section raises and its Japanese one does not (all, where it has none). */
  onlyEnglish: string[];
}

/** The two texts of one meeting set side by side, section by section. */
export interface BilingualView {
  sections: AlignedSections[];
  alignment: Alignment;
  /** Themes the Japanese text raises anywhere and the English one nowhere. */
  onlyJapanese: string[];
  /** Themes the English text raises anywhere and the Japanese one nowhere. */
  onlyEnglish: string[];
}

/**
 * Sets the English and the Japanese text of one meeting side by side (alignSections()) and finds
 * what each leaves out: the sections it has no counterpart for, and the themes it does not raise.
 * `themeOrder` orders every list of themes.
 */
export function createBilingualView(
  english: EventText,
  japanese: EventText,
  themeOrder: string[] = [],
): BilingualView {
  const { pairs, alignment } = alignSections(
    sectionsOf(english.statements, themeOrder),
    sectionsOf(japanese.statements, themeOrder),
  );
  return {
    alignment,
    sections: pairs.map((pair) => ({
      ...pair,
      onlyJapanese: themesMissing(pair.japanese?.themes ?? [], pair.english?.themes ?? []),
      onlyEnglish: themesMissing(pair.english?.themes ?? [], pair.japanese?.themes ?? []),
    })),
    onlyJapanese: inOrder(themesMissing(japanese.themes, english.themes), themeOrder),
    onlyEnglish: inOrder(themesMissing(english.themes, japanese.themes), themeOrder),
  };
}

/** The themes of `raised` that `other` does not raise. */
function themesMissing(raised: string[], other: string[]): string[] {
  return raised.filter((theme) => !other.includes(theme));
}
