import { describe, expect, it } from 'vitest';
import { japaneseRoleOf } from '@/lib/people/japanese-role-of';

describe('japaneseRoleOf()', () => {
  it('gives the Japanese title of a listed role, and nothing for another', () => {
    expect(japaneseRoleOf('Minister of Defense')).toBe('防衛大臣');
    expect(japaneseRoleOf('Secretary of State')).toBe('国務長官');
    expect(japaneseRoleOf('Chief Cabinet Secretary')).toBeUndefined();
    expect(japaneseRoleOf('toString')).toBeUndefined();
  });
});
