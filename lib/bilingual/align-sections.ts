import type { TextSection } from './text-section';

/** Two sections that say the same part of a meeting, or one that the other text does not have. */
export interface SectionPair {
  english: TextSection | null;
  japanese: TextSection | null;
}

/** How the sections were paired: in order (the same number of sections), or by their themes. */
export type Alignment = 'order' | 'themes';

/**
 * Pairs the sections of the two texts of one meeting. With as many sections in each, the n-th
 * goes with the n-th, as the official texts number them alike. Otherwise the pairing keeps both
 * orders and joins the sections whose themes overlap most (Jaccard), and the two openings before
 * any heading; a section that overlaps none of the other text's stands alone.
 */
export function alignSections(
  english: TextSection[],
  japanese: TextSection[],
): { pairs: SectionPair[]; alignment: Alignment } {
  if (english.length === japanese.length)
    return {
      pairs: english.map((section, index) => ({ english: section, japanese: japanese[index]! })),
      alignment: 'order',
    };
  return { pairs: alignByThemes(english, japanese), alignment: 'themes' };
}

function alignByThemes(english: TextSection[], japanese: TextSection[]): SectionPair[] {
  const best = bestScores(english, japanese);
  const pairs: SectionPair[] = [];
  let i = english.length;
  let j = japanese.length;
  while (i > 0 || j > 0) {
    const overlap = i > 0 && j > 0 ? pairScore(english[i - 1]!, japanese[j - 1]!) : 0;
    if (overlap > 0 && best[i]![j] === best[i - 1]![j - 1]! + overlap) {
      pairs.push({ english: english[--i]!, japanese: japanese[--j]! });
    } else if (j > 0 && (i === 0 || best[i]![j] === best[i]![j - 1])) {
      pairs.push({ english: null, japanese: japanese[--j]! });
    } else {
      pairs.push({ english: english[--i]!, japanese: null });
    }
  }
  return pairs.reverse();
}

/** best[i][j]: the most overlap the first i English and j Japanese sections can pair for. */
function bestScores(english: TextSection[], japanese: TextSection[]): number[][] {
  const best = english.map(() => new Array<number>(japanese.length + 1).fill(0));
  best.push(new Array<number>(japanese.length + 1).fill(0));
  for (let i = 1; i <= english.length; i++)
    for (let j = 1; j <= japanese.length; j++) {
      const overlap = pairScore(english[i - 1]!, japanese[j - 1]!);
      best[i]![j] = Math.max(
        best[i - 1]![j]!,
        best[i]![j - 1]!,
        overlap > 0 ? best[i - 1]![j - 1]! + overlap : 0,
      );
    }
  return best;
}

/** How well two sections pair: the texts' openings (before any heading) always do, at 1. */
function pairScore(a: TextSection, b: TextSection): number {
  return a.title === null && b.title === null ? 1 : themeOverlap(a, b);
}

/** The Jaccard overlap of two sections' themes, 0 where either has none. */
export function themeOverlap(a: TextSection, b: TextSection): number {
  const shared = a.themes.filter((theme) => b.themes.includes(theme)).length;
  const all = new Set([...a.themes, ...b.themes]).size;
  return all ? shared / all : 0;
}
