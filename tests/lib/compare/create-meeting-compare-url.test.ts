import { describe, expect, it } from 'vitest';
import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';

describe('createMeetingCompareUrl()', () => {
  it('names both meetings, or only the first while the second is to be chosen', () => {
    expect(createMeetingCompareUrl('spring', 'winter')).toBe('/compare/meetings?a=spring&b=winter');
    expect(createMeetingCompareUrl('spring')).toBe('/compare/meetings?a=spring');
  });

  it('builds the API address when given its path', () => {
    expect(createMeetingCompareUrl('a b', 'c&d', '/api/compare/meetings')).toBe(
      '/api/compare/meetings?a=a+b&b=c%26d',
    );
  });
});
