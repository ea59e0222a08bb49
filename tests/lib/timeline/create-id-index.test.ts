import { describe, expect, it } from 'vitest';
import { createIdIndex } from '@/lib/timeline/create-id-index';

describe('createIdIndex()', () => {
  const events = [{ id: '2022-01-07-two-plus-two' }, { id: '2022-05-04-defense-ministerial' }];

  it('gives each id its position in the list', () => {
    const index = createIdIndex(events);
    expect(index.get('2022-05-04-defense-ministerial')).toBe(1);
    expect(index.get('2022-01-07-two-plus-two')).toBe(0);
  });

  it('knows the ids of the list and no other', () => {
    const index = createIdIndex(events);
    expect(index.has('2022-01-07-two-plus-two')).toBe(true);
    expect(index.has('2022-05-15-okinawa-reversion')).toBe(false);
    expect(index.get('2022-05-15-okinawa-reversion')).toBeUndefined();
  });

  it('reads the list only when first asked', () => {
    let reads = 0;
    const list = new Proxy(events, {
      get(target, key, receiver) {
        if (key === 'map') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const index = createIdIndex(list);
    expect(reads).toBe(0);
    index.has('2022-01-07-two-plus-two');
    index.get('2022-05-04-defense-ministerial');
    expect(reads).toBe(1);
  });
});
