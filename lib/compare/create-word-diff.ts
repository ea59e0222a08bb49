import { diffWords, type ChangeObject } from 'diff';
import { hasJapanese } from '../text/has-japanese';
import { JAPANESE_SEGMENTER } from '../text/japanese-segmenter';

/** One run of a word-level diff: words in both texts, or only in the newer (`added`) or older. */
export interface DiffPart {
  value: string;
  /** Only in the newer text; absent when false. */
  added?: true;
  /** Only in the older text; absent when false. */
  removed?: true;
}

/** What a comparison may overlook. Both default to false. */
export interface DiffOptions {
  /** "Strait" and "strait" read alike. */
  ignoreCase?: boolean;
  /** Added or removed punctuation and quotes are not changes. */
  ignorePunctuation?: boolean;
}

/**
 * A word-level diff (jsdiff's `diffWords`) from `before` to `after`, shaped into `DiffPart`s. Where
 * either text is Japanese, which has no spaces, its words are the Japanese segmenter's, so that a
 * change reads 確認 → 確保, not 認 → 保; other texts split as jsdiff splits them.
 */
export function createWordDiff(
  before: string,
  after: string,
  options: DiffOptions = {},
): DiffPart[] {
  const parts = diffWords(before, after, {
    ignoreCase: options.ignoreCase ?? false,
    ...(hasJapanese(before) || hasJapanese(after) ? { intlSegmenter: JAPANESE_SEGMENTER } : {}),
  }).map(toDiffPart);
  return mergeParts(options.ignorePunctuation ? parts.flatMap(ignorePunctuation) : parts);
}

/** jsdiff's change object without its counts and false flags. */
export function toDiffPart(change: ChangeObject<string>): DiffPart {
  if (change.added) return { value: change.value, added: true };
  if (change.removed) return { value: change.value, removed: true };
  return { value: change.value };
}

/** Punctuation not inside a word: quotes, commas, full stops, but not the hyphen of "cross-Strait". */
const LOOSE_PUNCTUATION = /((?<![\p{L}\p{N}])[\p{P}\p{S}]+|[\p{P}\p{S}]+(?![\p{L}\p{N}]))/u;

/** Within an added or removed run, removed punctuation disappears and added punctuation is common. */
export function ignorePunctuation(part: DiffPart): DiffPart[] {
  if (!part.added && !part.removed) return [part];
  return part.value
    .split(LOOSE_PUNCTUATION)
    .filter(Boolean)
    .flatMap((piece) => {
      if (!LOOSE_PUNCTUATION.test(piece)) return [{ ...part, value: piece }];
      return part.removed ? [] : [{ value: piece }];
    });
}

/** Joins neighbouring parts of the same kind, so that each run is one part. */
export function mergeParts(parts: DiffPart[]): DiffPart[] {
  return parts.reduce<DiffPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && isSameKind(last, part))
      merged[merged.length - 1] = { ...last, value: last.value + part.value };
    else merged.push(part);
    return merged;
  }, []);
}

function isSameKind(a: DiffPart, b: DiffPart): boolean {
  return Boolean(a.added) === Boolean(b.added) && Boolean(a.removed) === Boolean(b.removed);
}
