import { describe, expect, it } from 'vitest';
import { findQuotationProblems } from '@/lib/corpus/find-quotation-problems';

describe('findQuotationProblems()', () => {
  it('lets short formula phrases through, in curly or straight quotes', () => {
    expect(
      findQuotationProblems(
        'The Ministers stressed “peace and stability across the Taiwan Strait”.\n\nThey held a "2+2".',
      ),
    ).toEqual([]);
  });

  it('counts nine words as short and ten as too long', () => {
    const nine = 'one two three four five six seven eight nine';
    expect(findQuotationProblems(`They said “${nine}”.`)).toEqual([]);
    const [problem] = findQuotationProblems(`They said "${nine} ten".`);
    expect(problem).toMatch(/^body: the quotation “one two three four five six…” has 10 words/);
  });

  it('finds a quotation left open, which would hide a long one', () => {
    const [problem] = findQuotationProblems('They said “peace and stability.\n\nThen they left.');
    expect(problem).toMatch(/^body: a quotation mark near .* has no partner/);
  });

  it('reads each paragraph on its own, so that a quotation cannot span two', () => {
    expect(findQuotationProblems('They said “peace.\n\nThen” they left.')).toHaveLength(2);
  });

  it('ignores apostrophes', () => {
    expect(findQuotationProblems("Japan's ministers and the Ministers' aides met.")).toEqual([]);
  });
});
