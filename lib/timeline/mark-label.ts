import type { Kind } from '../types';
import type { TimelineEvent } from './timeline-events';

/** The longest label a mark may carry, in characters; longer ones end in an ellipsis. */
const MAX_CHARS = 32;
/** The shortest a label is cut to, in characters, before the mark goes without one. */
const MIN_CHARS = 14;

const markLabels = new WeakMap<TimelineEvent, readonly string[]>();

/**
 * A mark's labels, longest first, each shorter than the one before: the event's short label
 * ("Kishi-Austin, Pentagon"), the part before its first comma ("Kishi-Austin"), then the label
 * cut to MIN_CHARS with an ellipsis. Where an event has no label, its title without the leading
 * "Japan-U.S.". Made once per event: every frame asks for the labels of the events in view.
 */
export function createMarkLabels(event: TimelineEvent): readonly string[] {
  let labels = markLabels.get(event);
  if (labels === undefined) {
    const name = event.label ?? event.title.replace(/^Japan-U\.S\.\s+/, '');
    const head = name.split(', ')[0]!;
    labels = [...new Set([clip(name, MAX_CHARS), clip(head, MAX_CHARS), clip(head, MIN_CHARS)])];
    markLabels.set(event, labels);
  }
  return labels;
}

/** `text` cut to `chars` with an ellipsis, at the end of a word where that keeps half of it. */
/** Whether a label is the shortest cut of a longer one ("Okinawa…"): a last resort. */
export function isCutShort(text: string): boolean {
  return text.endsWith('…') && text.length <= MIN_CHARS;
}

function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars - 1);
  const space = text[chars - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  const kept = space >= chars / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:-]+$/, '')}…`;
}

/** What a cluster of events of one kind is called: "3 calls". */
const KIND_PLURALS: Record<Kind, string> = {
  'security-consultative-committee': '“2+2”s',
  'defense-ministerial': 'ministerials',
  'leaders-summit': 'summits',
  telecon: 'calls',
  milestone: 'milestones',
  anniversary: 'anniversaries',
};

/** A cluster's label, saying what it holds: "3 calls" where all are of one kind, else "5 events". */
export function createClusterLabel(
  indices: readonly number[],
  events: readonly TimelineEvent[],
): string {
  const kind = events[indices[0]!]!.kind;
  const same = indices.every((index) => events[index]!.kind === kind);
  return `${indices.length} ${same ? KIND_PLURALS[kind] : 'events'}`;
}
