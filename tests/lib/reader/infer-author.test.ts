import { describe, expect, it } from 'vitest';
import { inferAuthor } from '@/lib/reader/infer-author';
import type { Person } from '@/lib/types';

const people: Person[] = [{ name: 'Ishiba Shigeru', surname: 'Ishiba', country: 'japan' }];

describe('inferAuthor()', () => {
  it('takes the side of the person a title says the text is by', () => {
    expect(inferAuthor('Remarks by Prime Minister Ishiba on the Summit', null, people)).toBe(
      'japan',
    );
    expect(inferAuthor('Statement by President Biden on Japan', 'Kantei', people)).toBe('us');
  });

  it('gives both sides for a joint statement', () => {
    expect(
      inferAuthor('United States-Japan Joint Leaders’ Statement', 'The White House', people),
    ).toBe('joint');
  });

  it('else takes the side of the publisher', () => {
    expect(inferAuthor('Press Conference', 'Prime Minister’s Office of Japan', people)).toBe(
      'japan',
    );
    expect(inferAuthor('Remarks', 'Ministry of Defense', people)).toBe('japan');
    expect(inferAuthor('Remarks', 'The White House', people)).toBe('us');
    expect(inferAuthor('Remarks', 'U.S. Embassy & Consulates in Japan', people)).toBe('us');
  });

  it('says nothing where neither tells', () => {
    expect(inferAuthor('Japan-U.S. Summit Meeting', null, people)).toBeNull();
    expect(inferAuthor('Japan-U.S. Summit Meeting', 'Newswire', people)).toBeNull();
  });
});
