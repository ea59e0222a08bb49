import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

/** Every message's key path, e.g. `search.heading`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valuesOf(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'string' ? [value] : valuesOf(value),
  );
}

describe('messages/*.json', () => {
  it('gives Japanese every message English has, and no other', () => {
    expect(keysOf(ja).sort()).toEqual(keysOf(en).sort());
  });

  it('words every Japanese message in Japanese (tags, arguments, URLs and acronyms aside)', () => {
    const english = valuesOf(ja).filter((value) =>
      /[A-Za-z]{2,}/.test(
        value
          .replace(/<code>[^<]*<\/code>/g, '')
          // ICU syntax: `{n, plural,` / `{p, select,` and each case's key before its `{`.
          .replace(/\{\s*\w+\s*,\s*(plural|select)\s*,|[=\w]+\s*\{/g, '')
          .replace(/<\/?\w+>|\{[^{}]*\}/g, '')
          .replace(/https?:\/\/\S+|\.(txt|html|pdf)\b|\b(URL|JSON|CSV)\b/g, ''),
      ),
    );
    expect(english).toEqual([]);
  });
});
