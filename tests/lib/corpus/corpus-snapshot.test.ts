import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { corpusIndexOf } from '@/lib/corpus/corpus-index';
import { loadCorpusSnapshot, saveCorpusSnapshot } from '@/lib/corpus/corpus-snapshot';
import { readCorpus } from '@/lib/corpus/load-corpus';
import { FIXTURE_CORPUS_DIR, createCorpusDir } from '../../helpers';

const CALL = '2021-09-20-telecon';

function setUp() {
  const text = readFileSync(path.join(FIXTURE_CORPUS_DIR, 'events', `${CALL}.md`), 'utf8');
  const dir = createCorpusDir({ [`events/${CALL}.md`]: text });
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'snapshot-'));
  onTestFinished(() => rmSync(cacheDir, { recursive: true, force: true }));
  const corpus = readCorpus(dir);
  const place = { cacheDir, build: 'build-1' };
  saveCorpusSnapshot({ corpus, words: corpusIndexOf(corpus).text }, place);
  return { dir, text, corpus, place };
}

describe('loadCorpusSnapshot()', () => {
  it('gives back the corpus saved, with the index of its words, while no file changed', () => {
    const { dir, corpus, place } = setUp();
    expect(loadCorpusSnapshot(dir, place)).toEqual({ corpus, words: corpusIndexOf(corpus).text });
  });

  it('gives null once a file of the corpus changes, is added or is removed', () => {
    const { dir, text, place } = setUp();
    writeFileSync(path.join(dir, 'events', `${CALL}.md`), `${text}\nOne more sentence here.\n`);
    expect(loadCorpusSnapshot(dir, place)).toBeNull();
    const { dir: other, place: otherPlace } = setUp();
    rmSync(path.join(other, 'events', `${CALL}.md`));
    expect(loadCorpusSnapshot(other, otherPlace)).toBeNull();
  });

  it('gives null for a snapshot of another build, or without a place to keep snapshots', () => {
    const { dir, place } = setUp();
    expect(loadCorpusSnapshot(dir, { ...place, build: 'build-2' })).toBeNull();
    expect(loadCorpusSnapshot(dir, null)).toBeNull();
  });
});
