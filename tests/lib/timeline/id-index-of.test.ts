import { describe, expect, it } from 'vitest';
import { idIndexOf } from '@/lib/timeline/id-index-of';

describe('idIndexOf()', () => {
  const events = [{ id: '2022-01-07-two-plus-two' }, { id: '2022-05-04-defense-ministerial' }];

  it('gives each id its position in the list', () => {
    const index = idIndexOf(events);
    expect(index.get('2022-05-04-defense-ministerial')).toBe(1);
    expect(index.get('2022-01-07-two-plus-two')).toBe(0);
  });

  it('knows the ids of the list and no other', () => {
    const index = idIndexOf(events);
    expect(index.has('2022-01-07-two-plus-two')).toBe(true);
    expect(index.has('2022-05-15-okinawa-reversion')).toBe(false);
    expect(index.get('2022-05-15-okinawa-reversion')).toBeUndefined();
  });

  it('reads the ids only when first asked, and once', () => {
    let reads = 0;
    const list = events.map(({ id }) => ({
      get id() {
        reads += 1;
        return id;
      },
    }));
    const index = idIndexOf(list);
    expect(reads).toBe(0);
    index.has('2022-01-07-two-plus-two');
    index.get('2022-05-04-defense-ministerial');
    index.has('2022-05-15-okinawa-reversion');
    expect(reads).toBe(list.length);
  });

  it('gives the same list the same index, and another list its own', () => {
    expect(idIndexOf(events)).toBe(idIndexOf(events));
    expect(idIndexOf([...events])).not.toBe(idIndexOf(events));
  });
});
