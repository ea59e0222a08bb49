import type { TimelineEvent } from './timeline-events';
import { countWideChars } from './count-wide-chars';
import { fillIn } from '../text/fill-in';
import { hasJapanese } from '../text/has-japanese';
import type { TimelineWords } from './timeline-words';

/**
 * The longest label a mark may carry, in columns (a Latin character takes one, a Japanese one two);
 * longer ones end in an ellipsis.
 */
const MAX_CHARS = 32;
/** The shortest a label is cut to, in columns, before the mark goes without one. */
const MIN_CHARS = 14;

const markLabels = new WeakMap<TimelineEvent, readonly string[]>();

/**
 * A mark's labels, longest first, each shorter than the one before: the event's short label
 * ("Kishi-Austin, Pentagon"), the part before its first comma ("Kishi-Austin"; 岸・オースティン会談
 * of 岸・オースティン会談（米国防総省）), then the label
 * cut to MIN_CHARS with an ellipsis. Where an event has no label, its title without the leading
 * "Japan-U.S." (日米). Made once per event: every frame asks for the labels of the events in view.
 */
export function createMarkLabels(event: TimelineEvent): readonly string[] {
  let labels = markLabels.get(event);
  if (labels === undefined) {
    const name = event.label ?? event.title.replace(/^(Japan-U\.S\.\s+|日米(?=\S))/, '');
    // Before a comma, a place in brackets (（東京）) or a date (2021年1月): the label's head.
    const head = name.split(/, |、|（| (?=\d{4}年)/)[0]!;
    const cuts = [
      ...new Set([clip(name, MAX_CHARS), clip(head, MAX_CHARS), clip(head, MIN_CHARS)]),
    ];
    // A Japanese cut that ends where the head does ("岸・オースティン電話会談…") says less than
    // the head. English labels keep every cut, as they always have.
    labels = hasJapanese(head)
      ? cuts.filter((cut) => !(cut.endsWith('…') && cuts.includes(cut.slice(0, -1))))
      : cuts;
    markLabels.set(event, labels);
  }
  return labels;
}

/** Whether a label is the shortest cut of a longer one ("Okinawa…"): a last resort. */
export function isCutShort(text: string): boolean {
  return text.endsWith('…') && columnsOf(text) <= MIN_CHARS;
}

/** A text's width in columns: one per character, two per full-width one. */
function columnsOf(text: string): number {
  return text.length + countWideChars(text);
}

/** `text` cut to `columns` with an ellipsis, at the end of a word where that keeps half of it. */
function clip(text: string, columns: number): string {
  if (columnsOf(text) <= columns) return text;
  let end = 0;
  let used = 0;
  for (const char of text) {
    used += columnsOf(char);
    if (used > columns - 1) break;
    end += char.length;
  }
  const cut = text.slice(0, end);
  const space = text[end] === ' ' ? cut.length : cut.lastIndexOf(' ');
  const kept =
    space >= 0 && columnsOf(cut.slice(0, space)) >= columns / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:\-、・]+$/, '')}…`;
}

/**
 * A cluster's label in the words' language, saying what it holds: "3 calls" (電話会談3件) where
 * all are of one kind, else "5 events".
 */
export function createClusterLabel(
  indices: readonly number[],
  events: readonly TimelineEvent[],
  words: Pick<TimelineWords, 'clusters'>,
): string {
  const kind = events[indices[0]!]!.kind;
  const same = indices.every((index) => events[index]!.kind === kind);
  return fillIn(words.clusters[same ? kind : 'mixed'], { count: indices.length });
}
