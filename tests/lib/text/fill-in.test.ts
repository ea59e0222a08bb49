import { describe, expect, it } from 'vitest';
import { fillIn } from '@/lib/text/fill-in';
import { splitTemplate } from '@/lib/text/split-template';

describe('fillIn()', () => {
  it('puts each value in its {name}, and leaves a name without a value as written', () => {
    expect(fillIn('{minutes} minutes, {place}', { minutes: 75 })).toBe('75 minutes, {place}');
    expect(fillIn('（日本時間{date}）', { date: '2022年5月5日' })).toBe('（日本時間2022年5月5日）');
  });
});

describe('splitTemplate()', () => {
  it('cuts a template at its slots, leaving out empty text between them', () => {
    expect(splitTemplate('Refers to {link}')).toEqual(['Refers to ', { slot: 'link' }]);
    expect(splitTemplate('{title}（{date}）')).toEqual([
      { slot: 'title' },
      '（',
      { slot: 'date' },
      '）',
    ]);
  });
});
