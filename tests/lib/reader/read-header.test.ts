import { describe, expect, it } from 'vitest';
import { isAttributionLine, readHeader } from '@/lib/reader/read-header';

describe('isAttributionLine()', () => {
  it.each([
    'Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:',
    'The below is attributable to Spokesperson Matthew Miller:',
    'The following statement was issued by the Press Secretary:',
  ])('knows %s', (line) => {
    expect(isAttributionLine(line)).toBe(true);
  });

  it('refuses a sentence or a heading', () => {
    expect(isAttributionLine('The Ministers provided the following views.')).toBe(false);
    expect(isAttributionLine('Regional affairs')).toBe(false);
  });
});

describe('readHeader()', () => {
  it('reads the title, the date line and the publisher, skipping labels and attributions', () => {
    expect(
      readHeader([
        'Secretary Blinken’s Call with Foreign Minister Kamikawa',
        'Readout',
        'Office of the Spokesperson',
        'January 3, 2024',
        'The below is attributable to Spokesperson Matthew Miller:',
      ]),
    ).toEqual({
      title: 'Secretary Blinken’s Call with Foreign Minister Kamikawa',
      issueDate: '2024-01-03',
      publisher: 'Office of the Spokesperson',
    });
  });

  it('gives no publisher or date where the lines hold none', () => {
    expect(readHeader(['A Title', 'Release | Jan. 31, 2025'])).toEqual({
      title: 'A Title',
      issueDate: '2025-01-31',
      publisher: null,
    });
  });
});
