import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as preview } from '@/app/api/documents/preview/route';
import { POST as create } from '@/app/api/documents/route';
import { DATA_DIR, readFixture } from '../helpers';
import { startPageServer, type PageServer } from '../lib/fetch/page-server';

const TOKEN = 'test-token-for-documents-by-url';
const README = readFixture('readouts/mod-ministerial.txt');
const SOURCE = {
  url: 'https://www.mod.go.jp/en/article/2031/03/example.html',
  publisher: 'Ministry of Defense',
};
/** The one event the corpus of each test holds: it must hold one to be valid. */
const EVENT = '2022-01-07-security-consultative-committee.md';
const work = mkdtempSync(path.join(tmpdir(), 'documents-url-'));
let pages: PageServer;

beforeAll(async () => {
  pages = await startPageServer({
    '/readout.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: README },
    '/gone': { status: 404, body: 'not here' },
    '/latin1': { body: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
  });
});
afterAll(async () => {
  await pages.close();
  rmSync(work, { recursive: true, force: true });
});

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(work, 'corpus-'));
  cpSync(path.join(DATA_DIR, 'themes.json'), path.join(dir, 'themes.json'));
  cpSync(path.join(DATA_DIR, 'people.json'), path.join(dir, 'people.json'));
  cpSync(path.join(DATA_DIR, 'events', EVENT), path.join(dir, 'events', EVENT));
  process.env.CORPUS_DIR = dir;
  process.env.ALLIANCE_TIMELINE_TOKEN = TOKEN;
  process.env.ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN = pages.origin;
  delete process.env.ALLIANCE_TIMELINE_READ_ONLY;
});
afterAll(() => {
  delete process.env.ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN;
});

function post(body: unknown) {
  return new Request('http://localhost/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
}

async function json(response: Response) {
  return { status: response.status, body: await response.json() };
}

const fileOf = (name: string, bytes: string | Uint8Array, type = 'text/plain') => ({
  name,
  type,
  data: Buffer.from(bytes).toString('base64'),
});

describe('POST /api/documents/preview with a url', () => {
  it('fetches the page, reads it, and names the page as the source', async () => {
    const url = `${pages.origin}/readout.txt`;
    const { status, body } = await json(await preview(post({ url })));
    expect(status).toBe(200);
    expect(body.event).toMatchObject({ date: '2031-03-02', statementCount: 7 });
    expect(body.source).toEqual({ url, publisher: 'Ministry of Defense' });
    expect(readdirSync(path.join(dir, 'events'))).toEqual([EVENT]);
  });

  it('keeps the source a person gives', async () => {
    const { body } = await json(
      await preview(post({ url: `${pages.origin}/readout.txt`, source: SOURCE })),
    );
    expect(body.source).toEqual(SOURCE);
  });

  it('refuses a host that is not an official one, and private addresses, with 422 naming url', async () => {
    const cases = {
      'https://example.com/readout': 'host not allowed: example.com',
      'https://127.0.0.1/': 'host not allowed: 127.0.0.1',
      'http://10.0.0.1/': 'only https URLs are fetched, not http://10.0.0.1',
    };
    for (const [url, message] of Object.entries(cases)) {
      const { status, body } = await json(await preview(post({ url })));
      expect(status).toBe(422);
      expect(body.error).toEqual({ code: 'unprocessable', message, param: 'url' });
    }
  });

  it('answers 502 with the site’s status for a page that is not there', async () => {
    const { status, body } = await json(await preview(post({ url: `${pages.origin}/gone` })));
    expect(status).toBe(502);
    expect(body.error).toEqual({
      code: 'bad_gateway',
      message: `HTTP 404 from ${pages.origin}/gone`,
      param: 'url',
    });
  });

  it('answers 422 naming url for a page it cannot read', async () => {
    const { status, body } = await json(await preview(post({ url: `${pages.origin}/latin1` })));
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'unprocessable', param: 'url' });
  });
});

describe('POST /api/documents/preview with a file', () => {
  it('reads an uploaded file', async () => {
    const { status, body } = await json(
      await preview(post({ file: fileOf('readout.txt', README), source: SOURCE })),
    );
    expect(status).toBe(200);
    expect(body.event).toMatchObject({ date: '2031-03-02', statementCount: 7 });
    expect(body.source).toEqual(SOURCE);
  });

  it('answers 422 naming file for bytes that hold no readable document', async () => {
    const { status, body } = await json(
      await preview(post({ file: fileOf('scan.txt', new Uint8Array([0xff, 0xfe, 0xfd])) })),
    );
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'unprocessable', param: 'file' });
    expect(body.error.message).toMatch(/^scan\.txt: /);
  });

  it('answers 400 for a file whose data is not base64', async () => {
    const { status, body } = await json(
      await preview(post({ file: { name: 'a.txt', data: 'not base64!' } })),
    );
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'invalid_body',
      message: 'must be the file’s bytes in base64',
      param: 'file.data',
    });
  });
});

describe('POST /api/documents[/preview] takes exactly one of text, url and file', () => {
  it('answers 400 naming the fields given twice', async () => {
    const { status, body } = await json(
      await create(post({ text: README, url: `${pages.origin}/readout.txt`, source: SOURCE })),
    );
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'invalid_body',
      message: 'give only one of text, url and file, not text and url',
      param: 'url',
    });
  });

  it('answers 400 naming text where none is given', async () => {
    const { status, body } = await json(await preview(post({ source: SOURCE })));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      param: 'text',
      message: expect.stringMatching(/url or file/),
    });
  });
});

describe('POST /api/documents with a url or a file', () => {
  it('adds the page read by URL under the source given', async () => {
    const { status, body } = await json(
      await create(post({ url: `${pages.origin}/readout.txt`, source: SOURCE })),
    );
    expect(status).toBe(201);
    expect(body.event.id).toBe('2031-03-02-defense-ministerial');
    expect(body.event.sources[0]).toMatchObject(SOURCE);
  });

  it('adds an uploaded file', async () => {
    const { status, body } = await json(
      await create(post({ file: fileOf('readout.txt', README), source: SOURCE })),
    );
    expect(status).toBe(201);
    expect(body.event.statementCount).toBe(7);
  });
});
