import { describe, expect, it } from 'vitest';
import {
  createListCaption,
  LIST_LIMIT,
  listEventsInView,
} from '@/lib/timeline/list-events-in-view';
import { createTimelineEvent } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

const events = [
  createTimelineEvent('before', '2021-12-31'),
  createTimelineEvent('okinawa', '2022-01-07', { themes: ['okinawa'] }),
  createTimelineEvent('other', '2022-05-04'),
  createTimelineEvent('after', '2023-01-01'),
];
const year: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];
const isOkinawa = (event: { themes: string[] }) => event.themes.includes('okinawa');

describe('listEventsInView()', () => {
  it('keeps the events in the window, its end excluded', () => {
    expect(listEventsInView(events, year, null, false).map((event) => event.id)).toEqual([
      'okinawa',
      'other',
    ]);
  });

  it('leaves out what the filter rejects, unless those are shown faintly', () => {
    expect(listEventsInView(events, year, isOkinawa, false).map((event) => event.id)).toEqual([
      'okinawa',
    ]);
    expect(listEventsInView(events, year, isOkinawa, true)).toHaveLength(2);
  });
});

describe('createListCaption()', () => {
  it('counts the events in view', () => {
    expect(createListCaption(8, timelineWordsIn('en'))).toBe('Events in view: 8');
  });

  it('says when only the first rows are listed', () => {
    expect(createListCaption(LIST_LIMIT + 1, timelineWordsIn('en'))).toBe(
      `Events in view: ${LIST_LIMIT + 1}, the first ${LIST_LIMIT} listed; zoom in to see the rest`,
    );
  });
});
