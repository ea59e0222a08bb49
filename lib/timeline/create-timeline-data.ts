import { createBounds, type Domain } from './domain';
import { createTimelineEvents, type TimelineEvent } from './timeline-events';
import { createLaneIndex, type LaneIndex } from './layout';
import type { Corpus } from '../types';

/** What the dashboard's timeline needs of a corpus. */
export interface TimelineData {
  /** In date order. */
  events: TimelineEvent[];
  /** 1960 (or the first event) to the end of this year (or the last event). */
  bounds: Domain;
  /** Each lane's events sorted by time. */
  lanes: LaneIndex[];
  /** Each event's index in `events` by id; also checks ids read from a URL. */
  indexById: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Corpus, { year: number; data: TimelineData }>();

/** The timeline's events and bounds, computed once per corpus (and again when the year turns). */
export function createTimelineData(corpus: Corpus, now: number = Date.now()): TimelineData {
  const year = new Date(now).getUTCFullYear();
  const cached = cache.get(corpus);
  if (cached?.year === year) return cached.data;
  const events = createTimelineEvents(corpus.events);
  const bounds = createBounds(events[0]?.time ?? now, events.at(-1)?.time ?? now, now);
  const data = {
    events,
    bounds,
    lanes: createLaneIndex(events),
    indexById: new Map(events.map((event, index) => [event.id, index])),
  };
  cache.set(corpus, { year, data });
  return data;
}
