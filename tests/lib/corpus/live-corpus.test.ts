// The corpus check's rules hold for files that change while the server runs, as at start.
import { describe, expect, it } from 'vitest';
import { MAX_EVENT_FILE_BYTES } from '@/lib/corpus/corpus-schema';
import { applyStoredFile, corpusProblems } from '@/lib/corpus/live-corpus';
import { findEvent } from '@/lib/corpus/find-event';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { createCorpusDir } from '../../helpers';

const ID = '2025-01-31-telecon';

function createCall(body: string, url = 'https://example.org/call'): string {
  return `---
id: ${ID}
title: Telephone talk
kind: telecon
date: "2025-01-31"
participants:
  - name: Sato Hanako
    role: Minister of Defense
    country: japan
sources:
  - publisher: Test news
    title: A report written for the tests
    url: ${url}
    language: en
    kind: news
provenance: summary
---

${body}
`;
}

const BODY = 'Minister Sato spoke by telephone about the Alliance.';

describe('applyStoredFile()', () => {
  it('serves a valid change and keeps the last good version of one over the size limit', () => {
    const dir = createCorpusDir({ [`events/${ID}.md`]: createCall(BODY) });
    loadCorpus(dir);
    expect(
      applyStoredFile({ id: ID, text: createCall(`${BODY} Again.`), etag: '"1"' }, dir),
    ).toEqual([]);
    const huge = createCall(BODY.repeat(MAX_EVENT_FILE_BYTES / BODY.length + 1));
    expect(applyStoredFile({ id: ID, text: huge, etag: '"2"' }, dir)).toEqual([
      expect.stringMatching(/telecon\.md: is \d+ KB; an event file may be at most 256 KB/),
    ]);
    expect(corpusProblems(dir)).toHaveProperty(ID);
    expect(findEvent(loadCorpus(dir), ID)?.statements.map((s) => s.text)).toContain('Again.');
  });

  it('refuses a change that holds U+FFFD or a URL that is not well-formed', () => {
    const dir = createCorpusDir({ [`events/${ID}.md`]: createCall(BODY) });
    loadCorpus(dir);
    expect(
      applyStoredFile({ id: ID, text: createCall(`${BODY} \uFFFD`), etag: '"1"' }, dir),
    ).toEqual([expect.stringMatching(/holds U\+FFFD/)]);
    const quoted = createCall(BODY, '"https://example.org/a b"');
    expect(applyStoredFile({ id: ID, text: quoted, etag: '"2"' }, dir)).toEqual([
      expect.stringMatching(/sources\.0\.url: must be a well-formed https URL/),
    ]);
  });
});
