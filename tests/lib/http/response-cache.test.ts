import { describe, expect, it, vi } from 'vitest';
import { etagOf } from '@/lib/http/create-json-response';
import { createResponseCache } from '@/lib/http/response-cache';

describe('createResponseCache()', () => {
  it('builds a body once per version and key, with the ETag of its text', () => {
    const bodyOf = createResponseCache();
    const version = {};
    const build = vi.fn(() => '{"a":1}');
    const first = bodyOf(version, 'a', build);
    expect(bodyOf(version, 'a', build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    expect(first).toEqual({
      text: '{"a":1}',
      bytes: new TextEncoder().encode('{"a":1}'),
      etag: etagOf('{"a":1}'),
    });
  });

  it('builds again for another key or a new version', () => {
    const bodyOf = createResponseCache();
    const [before, after] = [{}, {}];
    bodyOf(before, 'a', () => 'old');
    expect(bodyOf(before, 'b', () => 'other').text).toBe('other');
    expect(bodyOf(after, 'a', () => 'new').text).toBe('new');
  });

  it('drops the least recently used body past its count or its characters', () => {
    const bodyOf = createResponseCache(2, 10);
    const version = {};
    bodyOf(version, 'a', () => 'aaa');
    bodyOf(version, 'b', () => 'bbb');
    bodyOf(version, 'a', () => 'unused');
    bodyOf(version, 'c', () => 'ccc');
    expect(bodyOf(version, 'a', () => 'again').text).toBe('aaa');
    expect(bodyOf(version, 'b', () => 'rebuilt').text).toBe('rebuilt');
    expect(bodyOf(version, 'long', () => 'x'.repeat(20)).text).toHaveLength(20);
    expect(bodyOf(version, 'b', () => 'dropped').text).toBe('dropped');
  });
});
