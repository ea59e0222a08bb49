import { describe, expect, it } from 'vitest';
import { LANES, createThemeLanes } from '@/lib/timeline/lanes';
import {
  localizeEvents,
  localizeLanes,
  localizeThemes,
  nameLangOf,
} from '@/lib/timeline/localize-timeline';
import { createTimelineEvent } from '../../helpers';
import { timelineWordsIn } from './timeline-words-in';

const themes = [
  { id: 'okinawa', label: 'Okinawa', color: '#123456' },
  { id: 'space', label: 'Space', color: '#654321' },
];

describe('localizeEvents()', () => {
  const events = [createTimelineEvent('a', '2022-05-04'), createTimelineEvent('b', '2022-05-05')];

  it('names the events the words give names for, in the same order, and keeps the others', () => {
    const words = timelineWordsIn('ja', {
      events: { a: { title: '日米防衛相会談', label: '岸・オースティン会談' } },
    });
    const named = localizeEvents(events, words);
    expect(named.map((event) => [event.id, event.title, event.label])).toEqual([
      ['a', '日米防衛相会談', '岸・オースティン会談'],
      ['b', 'b', undefined],
    ]);
    expect(named[1]).toBe(events[1]);
    expect(localizeEvents(events, words)).toBe(named);
  });

  it('labels an event from its Japanese title where it has no Japanese label', () => {
    const labelled = [{ ...events[0]!, label: 'Kishi-Austin' }];
    const words = timelineWordsIn('ja', { events: { a: { title: '日米防衛相会談' } } });
    expect(localizeEvents(labelled, words)[0]!.label).toBeUndefined();
  });

  it('gives back the same events where the words name none (English)', () => {
    expect(localizeEvents(events, timelineWordsIn('en'))).toBe(events);
  });
});

describe('localizeLanes()', () => {
  it('titles the kind lanes in Japanese by their ids', () => {
    expect(localizeLanes(LANES, timelineWordsIn('ja')).map((lane) => lane.label)).toEqual([
      '首脳会談',
      '「2+2」',
      '防衛相会談',
      '電話会談',
      '節目・記念日',
    ]);
  });

  it('titles theme lanes by their themes’ Japanese labels, where given', () => {
    const words = timelineWordsIn('ja', { themes: { okinawa: '沖縄' } });
    const lanes = localizeLanes(createThemeLanes(themes, []), words);
    expect(lanes.map((lane) => [lane.theme, lane.label])).toEqual([
      ['okinawa', '沖縄'],
      ['space', 'Space'],
    ]);
  });

  it('gives back the same lanes in English', () => {
    expect(localizeLanes(LANES, timelineWordsIn('en'))).toBe(LANES);
  });
});

describe('localizeThemes()', () => {
  it('labels the themes the words have labels for', () => {
    const words = timelineWordsIn('ja', { themes: { space: '宇宙' } });
    expect(localizeThemes(themes, words).map((theme) => theme.label)).toEqual(['Okinawa', '宇宙']);
  });
});

describe('nameLangOf()', () => {
  it('marks as English the names a Japanese page has no Japanese title for', () => {
    const words = timelineWordsIn('ja', { events: { a: { title: '日米防衛相会談' } } });
    expect(nameLangOf('a', words)).toBeUndefined();
    expect(nameLangOf('b', words)).toBe('en');
    expect(nameLangOf('b', timelineWordsIn('en'))).toBeUndefined();
  });
});
