import { describe, expect, it } from 'vitest';
import { formatCellPosition, parseCellPosition } from '@/lib/recurrence/cell-position';

describe('formatCellPosition()', () => {
  it('writes row:col', () => {
    expect(formatCellPosition({ row: 3, col: 1200 })).toBe('3:1200');
  });
});

describe('parseCellPosition()', () => {
  it('reads row:col back', () => {
    expect(parseCellPosition('3:1200')).toEqual({ row: 3, col: 1200 });
  });

  it.each([null, undefined, '', '3', '3:', ':4', 'a:b', '-1:2', '1:2:3'])(
    'reads %j as no position',
    (value) => {
      expect(parseCellPosition(value)).toBeNull();
    },
  );
});
