import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField } from '@/lib/text/format-csv';

describe('formatCsvField()', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "no"')).toBe('"say ""no"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('“curly”')).toBe('“curly”');
    expect(formatCsvField(3)).toBe('3');
  });
});

describe('formatCsv()', () => {
  it('joins fields with commas and ends every line with CRLF', () => {
    expect(
      formatCsv([
        ['theme', 'count'],
        ['Okinawa, “base burden”', 2],
      ]),
    ).toBe('theme,count\r\n"Okinawa, “base burden”",2\r\n');
  });
});
