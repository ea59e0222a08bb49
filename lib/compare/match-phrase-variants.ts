import { tokenizeForPhrases } from './tokenize-for-phrases';
import type { Phrase } from '../types';

/** The most words "…" in a variant stands for. */
export const MAX_GAP_WORDS = 8;

interface Span {
  variant: string;
  start: number;
  end: number;
}

/**
 * The variants of a phrase that a text uses, in the phrase's order. Matching ignores case,
 * punctuation, quotes (straight or curly), articles and plurals; a variant found only inside the
 * match of a longer one ("by force" within "by force or coercion") does not count.
 */
export function matchPhraseVariants(phrase: Phrase, text: string): string[] {
  return matchPhraseVariantsInWords(phrase, tokenizeForPhrases(text));
}

/** `matchPhraseVariants` on a text already tokenized with `tokenizeForPhrases`. */
export function matchPhraseVariantsInWords(phrase: Phrase, words: string[]): string[] {
  const spans = phrase.variants.flatMap((variant) => {
    const span = findSegments(words, parseVariant(variant.text));
    return span ? [{ variant: variant.id, ...span }] : [];
  });
  const kept = spans.filter((span) => !spans.some((other) => isInside(span, other)));
  return [...new Set(kept.map((span) => span.variant))];
}

const parsedVariants = new Map<string, string[][]>();

/** "Article V … applies to the Senkaku Islands" → [["article", "v"], ["apply", "to", ...]]. */
function parseVariant(text: string): string[][] {
  let segments = parsedVariants.get(text);
  if (!segments) {
    segments = text
      .split(/…|\.\.\./)
      .map(tokenizeForPhrases)
      .filter((segment) => segment.length);
    parsedVariants.set(text, segments);
  }
  return segments;
}

/** Where the segments occur in order, each within MAX_GAP_WORDS of the one before. */
function findSegments(words: string[], segments: string[][]): Omit<Span, 'variant'> | null {
  const [first, ...rest] = segments;
  if (!first) return null;
  for (let start = indexOfRun(words, first, 0); start >= 0;) {
    const end = findRest(words, rest, start + first.length);
    if (end >= 0) return { start, end };
    start = indexOfRun(words, first, start + 1);
  }
  return null;
}

function findRest(words: string[], segments: string[][], from: number): number {
  let end = from;
  for (const segment of segments) {
    const at = indexOfRun(words, segment, end);
    if (at < 0 || at - end > MAX_GAP_WORDS) return -1;
    end = at + segment.length;
  }
  return end;
}

function indexOfRun(words: string[], run: string[], from: number): number {
  for (let index = from; index + run.length <= words.length; index++) {
    if (run.every((word, offset) => words[index + offset] === word)) return index;
  }
  return -1;
}

/** True when `span` lies within `other` and is shorter. */
function isInside(span: Span, other: Span): boolean {
  return (
    other !== span &&
    other.start <= span.start &&
    span.end <= other.end &&
    other.end - other.start > span.end - span.start
  );
}
