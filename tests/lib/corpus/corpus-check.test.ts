// The corpus check's rules, each on small event files written here: a summary quotes only short
// phrases, every source is a well-formed https URL and says what it is, events of one date and kind
// have labels that tell them apart, and a file is UTF-8, free of U+FFFD and at most 256 KB.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_EVENT_FILE_BYTES } from '@/lib/corpus/corpus-schema';
import { findLabelClashes } from '@/lib/corpus/find-label-clashes';
import { CorpusError, readCorpus } from '@/lib/corpus/load-corpus';
import { createCorpusDir } from '../../helpers';

function createCall({
  id = '2025-01-31-telecon',
  label = '',
  provenance = 'summary',
  url = 'https://example.org/call',
  kind = 'kind: news',
  body = 'Minister Sato and Secretary Miller spoke by telephone.',
} = {}): [string, string] {
  const text = `---
id: ${id}
title: Telephone talk
${label ? `label: ${label}\n` : ''}kind: telecon
date: "2025-01-31"
format: phone
participants:
  - name: Sato Hanako
    role: Minister of Defense
    country: japan
  - name: Jane Q. Miller
    role: Secretary of Defense
    country: us
sources:
  - publisher: Test news
    title: A report written for the tests
    url: ${url}
    language: en
    ${kind}
provenance: ${provenance}
---

${body}
`;
  return [`events/${id}.md`, text];
}

function problemsOf(files: [string, string][]): string[] {
  try {
    const corpus = readCorpus(createCorpusDir(Object.fromEntries(files)));
    return findLabelClashes(corpus.events);
  } catch (error) {
    if (error instanceof CorpusError) return error.problems;
    throw error;
  }
}

const LONG_QUOTE =
  'Minister Sato said the Alliance is “the cornerstone of peace, security and prosperity in the region and beyond”.';

describe('the corpus check', () => {
  it('passes a news-only summary with short quotations and an https source', () => {
    expect(
      problemsOf([createCall({ body: 'Minister Sato stressed “peace and stability”.' })]),
    ).toEqual([]);
  });

  it('rejects a summary that quotes ten words or more, naming the file and the body', () => {
    expect(problemsOf([createCall({ body: LONG_QUOTE })])).toEqual([
      expect.stringMatching(
        /events\/2025-01-31-telecon\.md: body: the quotation “the cornerstone of peace, security and…” has 12 words/,
      ),
    ]);
  });

  it('lets an official text quote at length, since it is the text itself', () => {
    expect(problemsOf([createCall({ body: LONG_QUOTE, provenance: 'official-text' })])).toEqual([]);
  });

  it('rejects a source that is not https, or that does not say what it is', () => {
    expect(problemsOf([createCall({ url: 'http://example.org/call' })])).toEqual([
      expect.stringMatching(/2025-01-31-telecon\.md: sources\.0\.url: must be an https URL/),
    ]);
    expect(problemsOf([createCall({ kind: 'kind: blog' })])).toEqual([
      expect.stringMatching(
        /2025-01-31-telecon\.md: sources\.0\.kind: must say what the source is: publisher, copy or news/,
      ),
    ]);
  });

  it('rejects two calls of one day that the derived label cannot tell apart', () => {
    const second = { id: '2025-01-31-telecon-2' };
    expect(problemsOf([createCall(), createCall(second)])).toEqual([
      expect.stringMatching(
        /^2025-01-31-telecon-2: label: "Sato-Miller call, Jan\. 2025" is also the label of 2025-01-31-telecon/,
      ),
    ]);
    expect(
      problemsOf([createCall(), createCall({ ...second, label: 'Sato-Miller call (evening)' })]),
    ).toEqual([]);
  });
});

describe('the corpus check against hostile files', () => {
  it.each([
    'https://example.org/a"b',
    'https://example.org/<b>',
    'https://example.org/a b',
    'https://example.org/%zz',
    'https://example.org/ré',
    'https://',
  ])('rejects the source URL %j as not well-formed', (url) => {
    expect(problemsOf([createCall({ url: JSON.stringify(url) })])).toEqual([
      expect.stringMatching(/telecon\.md: sources\.0\.url: must be a well-formed https URL/),
    ]);
  });

  it('takes a URL with a query, a fragment and percent-escapes', () => {
    expect(problemsOf([createCall({ url: 'https://example.org:8443/a%20b?k=v&x=1#p' })])).toEqual(
      [],
    );
  });

  it('says "is required" for a field that is missing', () => {
    expect(problemsOf([createCall({ kind: '' })])).toEqual([
      expect.stringMatching(/telecon\.md: sources\.0\.kind: is required$/),
    ]);
    const [name, text] = createCall();
    expect(problemsOf([[name, text.replace('kind: telecon\n', '')]])).toEqual([
      expect.stringMatching(/telecon\.md: kind: is required$/),
    ]);
  });

  it('rejects a file that is not UTF-8, naming the byte offset', () => {
    const dir = createCorpusDir();
    const [name, text] = createCall();
    const bytes = Buffer.from(text.replace('Telephone talk', 'Telephone \u0000talk'), 'utf8');
    const offset = bytes.indexOf(0);
    bytes[offset] = 0xff;
    writeFileSync(path.join(dir, name), bytes);
    expect(readProblems(dir)).toEqual([
      expect.stringMatching(
        new RegExp(`telecon\\.md: is not valid UTF-8: byte ${offset} \\(0xff\\)`),
      ),
    ]);
  });

  it('rejects a file holding U+FFFD, the mark of bytes lost in a conversion', () => {
    expect(problemsOf([createCall({ body: 'Minister Sato spoke \uFFFD by telephone.' })])).toEqual([
      expect.stringMatching(/telecon\.md: holds U\+FFFD/),
    ]);
  });

  it(`rejects an event file over ${MAX_EVENT_FILE_BYTES / 1024} KB, and takes one just under`, () => {
    const filler = (bytes: number) => 'Minister Sato spoke by telephone. '.repeat(bytes / 34);
    expect(problemsOf([createCall({ body: filler(MAX_EVENT_FILE_BYTES) })])).toEqual([
      expect.stringMatching(/telecon\.md: is 2\d\d KB; an event file may be at most 256 KB/),
    ]);
    expect(problemsOf([createCall({ body: filler(MAX_EVENT_FILE_BYTES - 2048) })])).toEqual([]);
  });
});

function readProblems(dir: string): string[] {
  try {
    readCorpus(dir);
    return [];
  } catch (error) {
    if (error instanceof CorpusError) return error.problems;
    throw error;
  }
}
