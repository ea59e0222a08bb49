// The corpus check's rules, each on small event files written here: a summary quotes only short
// phrases, every source is https and says what it is, and events of one date and kind have labels
// that tell them apart.
import { describe, expect, it } from 'vitest';
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
    expect(problemsOf([createCall({ kind: '' })])).toEqual([
      expect.stringMatching(
        /2025-01-31-telecon\.md: sources\.0\.kind: must say what the source is: publisher, copy or news/,
      ),
    ]);
    expect(problemsOf([createCall({ kind: 'kind: blog' })])).toHaveLength(1);
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
