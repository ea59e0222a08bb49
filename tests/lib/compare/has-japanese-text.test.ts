import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasJapaneseText, japaneseTextIdsOf } from '@/lib/compare/has-japanese-text';

const dir = mkdtempSync(path.join(tmpdir(), 'japanese-texts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'events'));
for (const name of [
  '2022-05-04-ministerial.md',
  '2022-05-04-ministerial.ja.md',
  '2023-01-11-scc.md',
])
  writeFileSync(path.join(dir, 'events', name), '---\n---\n');

describe('japaneseTextIdsOf()', () => {
  it('lists the events with a Japanese companion text, and no other', () => {
    expect(japaneseTextIdsOf(dir)).toEqual(new Set(['2022-05-04-ministerial']));
  });
});

describe('hasJapaneseText()', () => {
  it('answers for one event as the listing does', () => {
    expect(hasJapaneseText(dir, '2022-05-04-ministerial')).toBe(true);
    expect(hasJapaneseText(dir, '2023-01-11-scc')).toBe(false);
  });
});
