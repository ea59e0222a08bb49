import { describe, expect, it } from 'vitest';
import { createTimelineFrame, estimateTextWidth } from '@/lib/timeline/create-timeline-frame';
import { createLaneIndex } from '@/lib/timeline/layout';
import {
  createLaneGeometry,
  createLaneModeSearch,
  createLanes,
  createThemeLanes,
  findLanes,
  LANES,
  parseLaneMode,
} from '@/lib/timeline/lanes';
import type { ThemeLabel } from '@/lib/types';
import { createTimelineEvent as event } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

const THEMES: ThemeLabel[] = [
  { id: 'taiwan-strait', label: 'Taiwan Strait', color: '#0c876b' },
  { id: 'north-korea', label: 'North Korea', color: '#8964ce' },
  { id: 'okinawa', label: 'Okinawa', color: '#5672db' },
];

describe('createThemeLanes()', () => {
  it('gives each selected theme a lane in the order given, with its label and colour', () => {
    const lanes = createThemeLanes(THEMES, ['okinawa', 'taiwan-strait']);
    expect(lanes.map((lane) => [lane.label, lane.theme, lane.color])).toEqual([
      ['Okinawa', 'okinawa', '#5672db'],
      ['Taiwan Strait', 'taiwan-strait', '#0c876b'],
    ]);
  });

  it('gives every theme a lane when none is selected, and drops unknown ids', () => {
    expect(createThemeLanes(THEMES, []).map((lane) => lane.theme)).toEqual([
      'taiwan-strait',
      'north-korea',
      'okinawa',
    ]);
    expect(createThemeLanes(THEMES, ['nothing', 'north-korea'])).toHaveLength(1);
  });

  it('is used only in the themes mode', () => {
    expect(createLanes('kinds', THEMES, ['okinawa'])).toBe(LANES);
    expect(createLanes('themes', THEMES, ['okinawa'])[0]!.theme).toBe('okinawa');
  });
});

describe('findLanes()', () => {
  it('finds the one kind lane of an event', () => {
    expect(findLanes({ kind: 'telecon', themes: ['okinawa'] }, LANES)).toEqual([3]);
    expect(findLanes({ kind: 'anniversary', themes: [] }, LANES)).toEqual([4]);
  });

  it('finds every theme lane of an event, and none when it has none of the themes', () => {
    const lanes = createThemeLanes(THEMES, []);
    expect(findLanes({ kind: 'telecon', themes: ['okinawa', 'taiwan-strait'] }, lanes)).toEqual([
      0, 2,
    ]);
    expect(findLanes({ kind: 'telecon', themes: ['space'] }, lanes)).toEqual([]);
  });
});

describe('createLaneIndex() with theme lanes', () => {
  const events = [
    event('a', '2021-03-16', { themes: ['taiwan-strait', 'north-korea'] }),
    event('b', '2022-05-04', { themes: ['taiwan-strait', 'okinawa'], references: ['a', 'c'] }),
    event('c', '2022-05-15', { themes: ['okinawa'], kind: 'anniversary' }),
    event('d', '2023-01-01', { themes: ['space'] }),
  ];
  const lanes = createThemeLanes(THEMES, []);

  it('puts an event in the lane of each of its themes, in date order', () => {
    const index = createLaneIndex(events, undefined, lanes);
    expect(index.map((lane) => lane.indices)).toEqual([[0, 1], [0], [1, 2]]);
  });

  it('sorts events that do not come in date order', () => {
    const shuffled = [events[2]!, events[0]!, events[3]!, events[1]!];
    const index = createLaneIndex(shuffled, undefined, lanes);
    expect(index[0]!.indices.map((position) => shuffled[position]!.id)).toEqual(['a', 'b']);
    expect(index[2]!.indices.map((position) => shuffled[position]!.id)).toEqual(['b', 'c']);
    expect(createLaneIndex(shuffled)[2]!.indices.map((position) => shuffled[position]!.id)).toEqual(
      ['a', 'b', 'd'],
    );
  });

  it('leaves out what the filter rejects', () => {
    const index = createLaneIndex(events, (item) => item.kind !== 'anniversary', lanes);
    expect(index[2]!.indices).toEqual([1]);
  });

  it('draws reference arcs between the first lanes of both ends', () => {
    const frame = createTimelineFrame({
      events,
      lanes: createLaneIndex(events, undefined, lanes),
      laneSet: lanes,
      domain: [Date.UTC(2021, 0, 1), Date.UTC(2024, 0, 1)],
      width: 1000,
      selected: 1,
      focused: null,
      measure: estimateTextWidth,
      indexById: new Map(events.map((item, position) => [item.id, position])),
      words: timelineWordsIn('en'),
    });
    expect(frame.arcs.map(({ lane0, lane1 }) => [lane0, lane1])).toEqual([
      [0, 0],
      [0, 2],
    ]);
  });
});

describe('createLaneGeometry()', () => {
  it('keeps 50 px lanes for the kinds and narrows many theme lanes to 40 px', () => {
    expect(createLaneGeometry(5)).toMatchObject({ laneHeight: 50, height: 30 + 250 + 6 });
    expect(createLaneGeometry(19)).toMatchObject({ laneHeight: 40, height: 30 + 760 + 6 });
  });

  it('keeps a cluster (18 px tall) and a selection ring (21 px) inside its lane, below its name', () => {
    for (const count of [1, 5, 6, 19]) {
      const { axisHeight, laneHeight, markY } = createLaneGeometry(count);
      for (let lane = 0; lane < count; lane += 1) {
        const top = axisHeight + lane * laneHeight;
        expect(markY(lane) - 10.5).toBeGreaterThanOrEqual(top + 15);
        expect(markY(lane) + 10.5).toBeLessThanOrEqual(top + laneHeight);
      }
    }
  });
});

describe('parseLaneMode() and createLaneModeSearch()', () => {
  it('reads lanes=themes and takes anything else for the kind lanes', () => {
    expect(parseLaneMode('lanes=themes')).toBe('themes');
    expect(parseLaneMode({ lanes: 'kinds' })).toBe('kinds');
    expect(parseLaneMode('lanes=Themes')).toBe('kinds');
    expect(parseLaneMode(null)).toBe('kinds');
  });

  it('writes the mode into a search string, keeping the other params', () => {
    expect(createLaneModeSearch('themes=okinawa,space&from=2022-01-01', 'themes')).toBe(
      'themes=okinawa,space&from=2022-01-01&lanes=themes',
    );
    expect(createLaneModeSearch('lanes=themes&event=', 'kinds')).toBe('event=');
  });
});
