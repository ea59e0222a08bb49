import { describe, expect, it } from 'vitest';
import { isNewsOnly } from '@/lib/corpus/is-news-only';

describe('isNewsOnly()', () => {
  it('is true only where every source is a news report', () => {
    expect(isNewsOnly({ sources: [{ kind: 'news' }, { kind: 'news' }] })).toBe(true);
    expect(isNewsOnly({ sources: [{ kind: 'news' }, { kind: 'publisher' }] })).toBe(false);
    expect(isNewsOnly({ sources: [{ kind: 'copy' }] })).toBe(false);
  });

  it('is false for an event with no source at all', () => {
    expect(isNewsOnly({ sources: [] })).toBe(false);
  });
});
