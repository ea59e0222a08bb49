import { diffWords, type ChangeObject } from 'diff';

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

/** A word-level diff (jsdiff's `diffWords`) from `before` to `after`, shaped into `DiffPart`s. */
export function createWordDiff(
  before: string,
  after: string,
  options: DiffOptions = {},
): DiffPart[] {
  const parts = diffWords(before, after, { ignoreCase: options.ignoreCase ?? false }).map(
    toDiffPart,
  );
  return mergeParts(options.ignorePunctuation ? parts.flatMap(ignorePunctuation) : parts);
}

/** jsdiff's change object without its counts and false flags. */
export function toDiffPart(change: ChangeObject<string>): DiffPart {
  if (change.added) return { value: change.value, added: true };
  if (change.removed) return { value: change.value, removed: true };
  return { value: change.value };
}

const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]*$/u;

/** A removed run of punctuation disappears; an added one becomes common text. */
export function ignorePunctuation(part: DiffPart): DiffPart[] {
  if (!PUNCTUATION_ONLY.test(part.value) || !(part.added || part.removed)) return [part];
  return part.removed ? [] : [{ value: part.value }];
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
