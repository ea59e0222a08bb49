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

describe('formatCsvField() against formulas', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes "%s" with a single quote',
    (text) => {
      expect(formatCsvField(text).replace(/^"/, '').startsWith(`'${text[0]}`)).toBe(true);
    },
  );

  it('quotes a neutralised field that holds a carriage return', () => {
    expect(formatCsvField('\r=cmd')).toBe(`"'\r=cmd"`);
  });

  it('writes numbers, negative ones included, as they are', () => {
    expect(formatCsvField(-3)).toBe('-3');
  });

  it('leaves a formula sign that is not first alone', () => {
    expect(formatCsvField('a=b')).toBe('a=b');
  });
});
