import { describe, expect, it } from 'vitest';
import { findLabelClashes } from '@/lib/corpus/find-label-clashes';

const CALL = { date: '2025-01-31', kind: 'telecon', label: 'Sato-Miller call, Jan. 2025' } as const;

describe('findLabelClashes()', () => {
  it('names two events of one date and kind with the same label, whatever its case', () => {
    expect(
      findLabelClashes([
        { ...CALL, id: '2025-01-31-telecon' },
        { ...CALL, id: '2025-01-31-telecon-2', label: CALL.label.toUpperCase() },
      ]),
    ).toEqual([
      expect.stringMatching(
        /^2025-01-31-telecon-2: label: .* is also the label of 2025-01-31-telecon, of the same date and kind/,
      ),
    ]);
  });

  it('lets through events told apart by their label, their date or their kind', () => {
    expect(
      findLabelClashes([
        { ...CALL, id: 'a' },
        { ...CALL, id: 'b', label: 'Sato-Miller call (evening)' },
        { ...CALL, id: 'c', date: '2025-02-01' },
        { ...CALL, id: 'd', kind: 'defense-ministerial' },
      ]),
    ).toEqual([]);
  });
});
