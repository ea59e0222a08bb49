import { describe, expect, it } from 'vitest';
import {
  createViewSearch,
  DEFAULT_DOMAIN,
  isSameInUrl,
  parseTimelineView,
} from '@/lib/timeline/parse-timeline-view';

const bounds: [number, number] = [Date.UTC(1960, 0, 1), Date.UTC(2027, 0, 1)];
const ids = new Set(['2022-05-04-defense-ministerial', '2006-05-01-realignment-roadmap']);

describe('parseTimelineView()', () => {
  it('opens on 2021-2023 with the seed selected when the URL says nothing', () => {
    expect(parseTimelineView({}, bounds, ids)).toEqual({
      domain: DEFAULT_DOMAIN,
      event: '2022-05-04-defense-ministerial',
    });
  });

  it('reads from, to (inclusive) and event', () => {
    const view = parseTimelineView(
      new URLSearchParams('from=2006-01-01&to=2006-12-31&event=2006-05-01-realignment-roadmap'),
      bounds,
      ids,
    );
    expect(view).toEqual({
      domain: [Date.UTC(2006, 0, 1), Date.UTC(2007, 0, 1)],
      event: '2006-05-01-realignment-roadmap',
    });
  });

  it.each([
    ['from=yesterday&to=2022-01-01'],
    ['from=2022-02-30&to=2022-03-01'],
    ['from=2023-01-01&to=2022-01-01'],
    ['from=2022-01-01'],
  ])('falls back to the default window for %s, never throwing', (search) => {
    expect(parseTimelineView(new URLSearchParams(search), bounds, ids).domain).toEqual(
      DEFAULT_DOMAIN,
    );
  });

  it('selects nothing for event= or an unknown event', () => {
    expect(parseTimelineView(new URLSearchParams('event='), bounds, ids).event).toBeNull();
    expect(parseTimelineView(new URLSearchParams('event=../x'), bounds, ids).event).toBeNull();
  });

  it('round-trips through createViewSearch(), keeping other parameters', () => {
    const view = { domain: [Date.UTC(2006, 0, 1), Date.UTC(2007, 0, 1)] as const, event: null };
    const search = createViewSearch(view, new URLSearchParams('themes=okinawa'));
    expect(search).toBe('themes=okinawa&from=2006-01-01&to=2006-12-31&event=');
    expect(parseTimelineView(new URLSearchParams(search), bounds, ids)).toEqual(view);
  });

  it('rounds a window to the nearest whole days, so reading it back again and again keeps it', () => {
    const HOUR = 3_600_000;
    // A week from the morning of 21 July to the morning of 28 July.
    const view = {
      domain: [Date.UTC(2024, 6, 21) + 10 * HOUR, Date.UTC(2024, 6, 28) + 10 * HOUR] as const,
      event: null,
    };
    expect(createViewSearch(view)).toBe('from=2024-07-21&to=2024-07-27&event=');
    // Moved on by 14 hours each time, then read back: the window stays a week.
    let search = createViewSearch(view);
    for (let step = 0; step < 5; step += 1) {
      const [from, to] = parseTimelineView(new URLSearchParams(search), bounds, ids).domain;
      expect(to - from).toBe(7 * 24 * HOUR);
      search = createViewSearch({ domain: [from + 14 * HOUR, to + 14 * HOUR], event: null });
    }
  });
});

describe('isSameInUrl()', () => {
  const HOUR = 3_600_000;
  const year = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)] as const;

  it('takes a window and the one its URL reads back as the same', () => {
    const onScreen = [year[0] + 5 * HOUR, year[1] - 7 * HOUR] as const;
    const search = createViewSearch({ domain: onScreen, event: null });
    const readBack = parseTimelineView(new URLSearchParams(search), bounds, ids).domain;
    expect(isSameInUrl(onScreen, readBack)).toBe(true);
  });

  it('tells windows a day or more apart', () => {
    expect(isSameInUrl(year, [year[0] + 24 * HOUR, year[1]])).toBe(false);
    expect(isSameInUrl(year, [year[0], year[1] - 13 * HOUR])).toBe(false);
  });
});
