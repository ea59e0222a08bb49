import { describe, expect, it } from 'vitest';
import { fillCount, fillWords } from '@/lib/text/fill-words';

describe('fillWords()', () => {
  it('puts each value in place of its {name}', () => {
    expect(fillWords('{event}での{theme}', { theme: '尖閣諸島', event: '2+2' })).toBe(
      '2+2での尖閣諸島',
    );
  });

  it('leaves a {name} it has no value for as it is', () => {
    expect(fillWords('Only {theme}', {})).toBe('Only {theme}');
  });
});

describe('fillCount()', () => {
  const words = { one: '{count} event', other: '{count} events' };

  it('picks the singular for one and the plural for any other count', () => {
    expect(fillCount(words, 1)).toBe('1 event');
    expect(fillCount(words, 0)).toBe('0 events');
  });

  it('writes the count with thousands separators', () => {
    expect(fillCount(words, 12345)).toBe('12,345 events');
  });
});
