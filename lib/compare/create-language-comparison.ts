import type { Alignment } from '../bilingual/align-sections';
import { createBilingualView } from '../bilingual/create-bilingual-view';
import { inOrder } from '../bilingual/text-section';
import type { EventText } from '../corpus/event-text';
import type { Statement } from '../types';

/** Which of a meeting's two texts raise a theme. */
export type RaisedIn = 'both' | 'english' | 'japanese';

/** One pair of aligned sections, narrowed to the statements on one theme. */
export interface ThemeRow {
  /** The English section's heading; null for the opening or where the English has no section. */
  englishSection: string | null;
  japaneseSection: string | null;
  /** The English section's statements on the theme; empty where it says nothing of it. */
  english: Statement[];
  japanese: Statement[];
}

/** One theme of the meeting: what each text says of it, section beside section. */
export interface ThemeInLanguages {
  theme: string;
  raisedIn: RaisedIn;
  rows: ThemeRow[];
}

/** One meeting's English and Japanese texts set against each other, theme by theme. */
export interface LanguageComparison {
  /** How the sections were paired (alignSections()). */
  alignment: Alignment;
  /** Every theme either text raises, in `themeOrder`. */
  themes: ThemeInLanguages[];
  /** Themes the English raises and the Japanese nowhere. */
  onlyEnglish: string[];
  /** Themes the Japanese raises and the English nowhere: what the English summary leaves out. */
  onlyJapanese: string[];
}

/**
 * Sets one meeting's English text against its Japanese, theme by theme: for each theme either
 * raises, the sections the bilingual view pairs (createBilingualView()) that speak of it, with
 * each side's statements on it, marked where only one text raises it.
 */
export function createLanguageComparison(
  english: EventText,
  japanese: EventText,
  themeOrder: string[] = [],
): LanguageComparison {
  const view = createBilingualView(english, japanese, themeOrder);
  const themes = inOrder([...english.themes, ...japanese.themes], themeOrder);
  return {
    alignment: view.alignment,
    onlyEnglish: view.onlyEnglish,
    onlyJapanese: view.onlyJapanese,
    themes: themes.map((theme) => ({
      theme,
      raisedIn: view.onlyEnglish.includes(theme)
        ? 'english'
        : view.onlyJapanese.includes(theme)
          ? 'japanese'
          : 'both',
      rows: view.sections.flatMap((pair) => {
        const row: ThemeRow = {
          englishSection: pair.english?.title ?? null,
          japaneseSection: pair.japanese?.title ?? null,
          english: statementsOn(pair.english?.statements, theme),
          japanese: statementsOn(pair.japanese?.statements, theme),
        };
        return row.english.length || row.japanese.length ? [row] : [];
      }),
    })),
  };
}

function statementsOn(statements: Statement[] = [], theme: string): Statement[] {
  return statements.filter((statement) => statement.themes.includes(theme));
}
