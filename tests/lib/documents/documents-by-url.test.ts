import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, previewDocument } from '@/lib/documents/documents';
import type { FetchPage } from '@/lib/documents/load-document-text';
import { FetchError } from '@/lib/fetch/fetch-error';
import { DATA_DIR, readFixture } from '../../helpers';

const PAGE_URL = 'https://www.mod.go.jp/en/article/2031/03/talks.html';
const README = readFixture('readouts/mod-ministerial.txt');
const EVENT = '2022-01-07-security-consultative-committee.md';
const work = mkdtempSync(path.join(tmpdir(), 'documents-by-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function createCorpus(): string {
  const dir = mkdtempSync(path.join(work, 'corpus-'));
  for (const file of ['themes.json', 'people.json', `events/${EVENT}`])
    cpSync(path.join(DATA_DIR, file), path.join(dir, file));
  return dir;
}

/** A site that serves `text` at every URL it is asked for. */
const serving =
  (text: string): FetchPage =>
  async (url) => ({ url, finalUrl: url, bytes: new TextEncoder().encode(text) });

describe('createDocument() with a url', () => {
  it('records the page’s URL as the source, published by whom the page says', async () => {
    const dir = createCorpus();
    const result = await createDocument({ url: PAGE_URL }, dir, { fetchPage: serving(README) });
    expect(result.ok).toBe(true);
    const file = readFileSync(
      path.join(dir, 'events', '2031-03-02-defense-ministerial.md'),
      'utf8',
    );
    expect(file).toContain(`url: ${PAGE_URL}`);
    expect(file).toContain('publisher: Ministry of Defense');
  });

  it('takes the publisher from the host where the page names none', async () => {
    const dir = createCorpus();
    const unsigned = README.replace('Ministry of Defense\n', '');
    const preview = await previewDocument({ url: PAGE_URL }, dir, {
      fetchPage: serving(unsigned),
    });
    expect(preview.ok && preview.value.source).toEqual({
      url: PAGE_URL,
      publisher: 'Ministry of Defense',
    });
  });

  it('skips a page whose URL the corpus holds already, as a conflict on source.url', async () => {
    const dir = createCorpus();
    const fetchPage = serving(README);
    await createDocument({ url: PAGE_URL }, dir, { fetchPage });
    const again = await createDocument({ url: `${PAGE_URL}#top` }, dir, { fetchPage });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', param: 'source.url' } });
  });

  it('answers with the fetch error, naming url', async () => {
    const refuse: FetchPage = async () => {
      throw new FetchError('timeout', `timed out after 10 s fetching ${PAGE_URL}`);
    };
    const result = await previewDocument({ url: PAGE_URL }, createCorpus(), { fetchPage: refuse });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad_gateway',
        message: `timed out after 10 s fetching ${PAGE_URL}`,
        param: 'url',
      },
    });
  });
});

describe('previewDocument() with a file', () => {
  it('takes the page a saved file names as its own for the source', async () => {
    // A browser marks a page it saves with the URL it came from.
    const saved = `${README}\n<!-- saved from url=(0052)${PAGE_URL} -->\n`;
    const file = { name: 'talks.txt', data: Buffer.from(saved).toString('base64') };
    const preview = await previewDocument({ file }, createCorpus());
    expect(preview.ok && preview.value.source).toEqual({
      url: PAGE_URL,
      publisher: 'Ministry of Defense',
    });
  });

  it('has no source for a file that names no page', async () => {
    const file = { name: 'talks.txt', data: Buffer.from(README).toString('base64') };
    const preview = await previewDocument({ file }, createCorpus());
    expect(preview.ok && preview.value.source).toBeNull();
  });
});
