import { describe, expect, it } from 'vitest';
import { surnameOf } from '@/lib/people/surname-of';

describe('surnameOf()', () => {
  it('reads a Japanese name family name first and others family name last', () => {
    expect(surnameOf({ name: 'Kamikawa Yoko', role: 'Minister', country: 'japan' })).toBe(
      'Kamikawa',
    );
    expect(surnameOf({ name: 'Antony J. Blinken', role: 'Secretary', country: 'us' })).toBe(
      'Blinken',
    );
  });

  it('skips a generational suffix', () => {
    expect(surnameOf({ name: 'Lloyd J. Austin III', role: 'Secretary', country: 'us' })).toBe(
      'Austin',
    );
  });

  it('takes the surname people.json gives for the same full name', () => {
    const people = [{ name: 'Tamaki Denny', surname: 'Tamaki', country: 'japan' as const }];
    expect(surnameOf({ name: 'Tamaki Denny', role: 'Governor', country: 'other' }, people)).toBe(
      'Tamaki',
    );
    expect(surnameOf({ name: 'Tamaki Denny', role: 'Governor', country: 'other' })).toBe('Denny');
  });
});
