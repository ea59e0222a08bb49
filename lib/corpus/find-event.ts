import { eventById } from './corpus-index';
import type { Corpus, EventDetail } from '../types';

/** The event with this id, or undefined; ids are compared exactly, so "../x" finds nothing. */
export function findEvent(corpus: Corpus, id: string): EventDetail | undefined {
  return eventById(corpus, id);
}
