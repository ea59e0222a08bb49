import { describe, expect, it } from 'vitest';
import { keyAction, ZOOM_STEP } from '@/lib/timeline/key-actions';

describe('keyAction()', () => {
  it('zooms in with + and =, out with - and _', () => {
    expect(keyAction('+')).toEqual({ type: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction('=')).toEqual({ type: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction('-')).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(keyAction('_')).toEqual({ type: 'zoom', factor: ZOOM_STEP });
  });

  it('moves focus with the arrows, Home and End', () => {
    expect(keyAction('ArrowRight')).toEqual({ type: 'focus', target: 1 });
    expect(keyAction('ArrowLeft')).toEqual({ type: 'focus', target: -1 });
    expect(keyAction('Home')).toEqual({ type: 'focus', target: 'first' });
    expect(keyAction('End')).toEqual({ type: 'focus', target: 'last' });
  });

  it('closes the event with Escape and leaves other keys be', () => {
    expect(keyAction('Escape')).toEqual({ type: 'close' });
    expect(keyAction('Enter')).toBeNull();
    expect(keyAction('toString')).toBeNull();
  });
});
