import type { Kind } from './types';

/** A horizontal band of the timeline, holding the events of some kinds. */
export interface Lane {
  id: string;
  label: string;
  kinds: Kind[];
}

/** The timeline's lanes, top to bottom. */
export const LANES: Lane[] = [
  { id: 'leaders', label: 'Leaders’ summits', kinds: ['leaders-summit'] },
  { id: 'two-plus-two', label: '“2+2” meetings', kinds: ['security-consultative-committee'] },
  { id: 'defense', label: 'Defense ministerials', kinds: ['defense-ministerial'] },
  { id: 'calls', label: 'Telephone calls', kinds: ['telecon'] },
  { id: 'milestones', label: 'Milestones and anniversaries', kinds: ['milestone', 'anniversary'] },
];

/** The index in LANES of the lane that holds a kind of event. */
export function inferLane(kind: Kind): number {
  return LANES.findIndex((lane) => lane.kinds.includes(kind));
}
