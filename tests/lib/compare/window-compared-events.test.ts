import { describe, expect, it } from 'vitest';
import { windowComparedEvents } from '@/lib/compare/window-compared-events';

const events = ['2001-01-01', '2002-01-01', '2003-01-01', '2004-01-01', '2005-01-01'].map(
  (date, index) => ({ id: `e${index}`, date }),
);

describe('windowComparedEvents()', () => {
  it('shows the most recent meetings and where the earlier page starts', () => {
    expect(windowComparedEvents(events, { size: 2 })).toEqual({
      shown: ['e3', 'e4'],
      earlierFrom: '2002-01-01',
      earlier: 3,
    });
  });

  it('shows every meeting from a date on, with none left out before the first', () => {
    expect(windowComparedEvents(events, { from: '2001-06-01', size: 2 })).toEqual({
      shown: ['e1', 'e2', 'e3', 'e4'],
      earlierFrom: '2001-01-01',
      earlier: 1,
    });
    expect(windowComparedEvents(events, { from: '1990-01-01', size: 2 }).earlierFrom).toBeNull();
  });

  it('keeps a baseline dated before the window', () => {
    expect(windowComparedEvents(events, { baseline: 'e0', size: 2 }).shown).toEqual([
      'e0',
      'e3',
      'e4',
    ]);
  });

  it('shows the latest meetings for a from after them all, or one that is no date', () => {
    expect(windowComparedEvents(events, { from: '2030-01-01', size: 2 }).shown).toEqual([
      'e3',
      'e4',
    ]);
    expect(windowComparedEvents(events, { from: 'soon', size: 2 }).shown).toEqual(['e3', 'e4']);
  });
});
