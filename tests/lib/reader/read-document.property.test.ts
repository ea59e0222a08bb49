// Arbitrary texts thrown at the reader: it reads them or refuses them with a ReadError, nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReadingContext } from '@/lib/reader/create-reading-context';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { readDocument, readDraft, ReadError } from '@/lib/reader/read-document';
import { FIXTURE_CORPUS_DIR } from '../../helpers';

const context = createReadingContext(loadCorpus(FIXTURE_CORPUS_DIR));

/** Lines shaped like a readout's (titles, dates, headings, speakers) mixed with junk. */
const line = fc.oneof(
  fc.constantFrom(
    '',
    'Japan-U.S. Summit Meeting',
    'May 4, 2022',
    'January 32, 2022',
    'Ministry of Defense',
    '1. Regional affairs',
    '(2)',
    'II.',
    'On May 4, the ministers met in Washington for 90 minutes.',
    'Prime Minister Sato said the Alliance was strong.',
    'Both sides agreed.',
    '\uFEFF',
    '\r',
    '<script>alert(1)</script>',
    '令和4年5月4日',
    'today',
    'At 10:30 a.m.',
    '\u0000\uD800',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(line, { maxLength: 20 }).map((lines) => lines.join('\n')),
);
const facts = fc.record(
  {
    date: fc.constantFrom('2022-05-04', '2022-02-30', ''),
    kind: fc.constantFrom('summit', 'telecon'),
  },
  { requiredKeys: [] },
);

function expectReadOrReadError(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
  }
}

describe('the reader on arbitrary text', () => {
  it('readDraft() reads it or throws a ReadError', () => {
    fc.assert(
      fc.property(text, facts, (input, given) =>
        expectReadOrReadError(() => readDraft(input, context, given as never)),
      ),
      { numRuns: 300 },
    );
  });

  it('readDocument() reads it or throws a ReadError', () => {
    fc.assert(
      fc.property(text, (input) => expectReadOrReadError(() => readDocument(input, context))),
      { numRuns: 300 },
    );
  });
});
