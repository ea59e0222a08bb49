import { describe, expect, it } from 'vitest';
import { labelOf, type LabelledEvent } from '@/lib/corpus/label-of';

const KISHI = { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' } as const;
const AUSTIN = {
  name: 'Lloyd J. Austin III',
  role: 'Secretary of Defense',
  country: 'us',
} as const;

function event(fields: Partial<LabelledEvent>): LabelledEvent {
  return {
    title: 'Japan-U.S. Defense Ministerial Meeting',
    kind: 'defense-ministerial',
    date: '2022-05-04',
    participants: [KISHI, AUSTIN],
    ...fields,
  };
}

describe('labelOf()', () => {
  it('keeps the label a file sets', () => {
    expect(labelOf(event({ label: 'Kishi-Austin, Pentagon' }))).toBe('Kishi-Austin, Pentagon');
  });

  it('names a meeting by the surnames of its Japanese and U.S. participants and its town', () => {
    expect(labelOf(event({ place: 'The Pentagon, Washington, D.C.' }))).toBe(
      'Kishi-Austin, Washington',
    );
    expect(labelOf(event({ place: 'Ministry of Defense (Ichigaya), Tokyo' }))).toBe(
      'Kishi-Austin, Tokyo',
    );
  });

  it('takes the name in the brackets of a place’s last part', () => {
    expect(labelOf(event({ place: 'U.S. Department of Defense (Pentagon)' }))).toBe(
      'Kishi-Austin, Pentagon',
    );
    expect(labelOf(event({ place: 'Singapore (Shangri-La Dialogue)' }))).toBe(
      'Kishi-Austin, Shangri-La Dialogue',
    );
  });

  it('says "virtual" for a virtual meeting, and leaves out a place it is not given', () => {
    expect(labelOf(event({ format: 'virtual', place: 'Tokyo and Washington' }))).toBe(
      'Kishi-Austin, virtual',
    );
    expect(labelOf(event({}))).toBe('Kishi-Austin');
  });

  it('names a call by its month and year', () => {
    expect(labelOf(event({ kind: 'telecon', date: '2021-01-24', format: 'phone' }))).toBe(
      'Kishi-Austin call, Jan. 2021',
    );
    expect(labelOf(event({ kind: 'telecon', date: '2025-05-23' }))).toBe(
      'Kishi-Austin call, May 2025',
    );
  });

  it('names a "2+2" by its town and year', () => {
    const twoPlusTwo = { kind: 'security-consultative-committee', date: '2021-03-16' } as const;
    expect(labelOf(event({ ...twoPlusTwo, place: 'Tokyo' }))).toBe('2+2 Tokyo 2021');
    expect(labelOf(event({ ...twoPlusTwo, format: 'virtual' }))).toBe('2+2 virtual 2021');
    expect(labelOf(event(twoPlusTwo))).toBe('2+2 2021');
  });

  it('falls back to the title for milestones and for meetings without both sides', () => {
    expect(labelOf(event({ kind: 'milestone', title: 'Reversion of Okinawa' }))).toBe(
      'Reversion of Okinawa',
    );
    expect(labelOf(event({ participants: [KISHI], title: 'A visit' }))).toBe('A visit');
  });

  it('reads Japanese names family name first and drops a suffix from others', () => {
    const participants = [
      { name: 'Takaichi Sanae', role: 'Prime Minister', country: 'japan' },
      { name: 'Donald J. Trump Jr.', role: 'President', country: 'us' },
    ] as const;
    expect(labelOf(event({ kind: 'leaders-summit', participants, place: 'Tokyo' }))).toBe(
      'Takaichi-Trump, Tokyo',
    );
  });
});
