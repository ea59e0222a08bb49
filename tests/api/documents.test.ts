import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as compare } from '@/app/api/compare/route';
import { GET as getEvent } from '@/app/api/events/[id]/route';
import { POST as preview } from '@/app/api/documents/preview/route';
import { POST as create } from '@/app/api/documents/route';
import {
  DELETE as remove,
  GET as getDocument,
  PUT as replace,
} from '@/app/api/documents/[id]/route';
import { DATA_DIR, readFixture } from '../helpers';

const TOKEN = 'test-token-for-documents';
const README = readFixture('readouts/mod-ministerial.txt');
const SOURCE = {
  url: 'https://www.mod.go.jp/en/article/2031/03/example.html',
  publisher: 'Ministry of Defense',
};
const work = mkdtempSync(path.join(tmpdir(), 'documents-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A corpus of the taxonomy and one event, in a folder of its own for each test. */
function createCorpus(): string {
  const dir = mkdtempSync(path.join(work, 'corpus-'));
  cpSync(path.join(DATA_DIR, 'themes.json'), path.join(dir, 'themes.json'));
  cpSync(path.join(DATA_DIR, 'people.json'), path.join(dir, 'people.json'));
  cpSync(
    path.join(DATA_DIR, 'events', '2022-01-07-security-consultative-committee.md'),
    path.join(dir, 'events', '2022-01-07-security-consultative-committee.md'),
    { recursive: true },
  );
  return dir;
}

let dir = '';
beforeEach(() => {
  dir = createCorpus();
  process.env.CORPUS_DIR = dir;
  process.env.ALLIANCE_TIMELINE_TOKEN = TOKEN;
  delete process.env.ALLIANCE_TIMELINE_READ_ONLY;
});

function request(method: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/documents', {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${TOKEN}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function json(response: Response) {
  return {
    status: response.status,
    headers: response.headers,
    body: response.status === 204 ? null : await response.json(),
  };
}

describe('POST /api/documents/preview', () => {
  it('reads the text and saves nothing', async () => {
    const { status, body } = await json(
      await preview(request('POST', { text: README, source: SOURCE })),
    );
    expect(status).toBe(200);
    expect(body.event).toMatchObject({
      id: '2031-03-02-defense-ministerial',
      date: '2031-03-02',
      kind: 'defense-ministerial',
      startTime: '10:00',
      durationMinutes: 60,
      statementCount: 7,
    });
    expect(body.event.statements.map((s: { speaker: string }) => s.speaker)).toContain('us');
    expect(body.missing).toEqual([]);
    expect(readdirSync(path.join(dir, 'events'))).toHaveLength(1);
  });

  it('flags the date it cannot find instead of guessing it', async () => {
    const undated = README.replace('March 3, 2031\n', '').replace('On March 2, from', 'From');
    const { status, body } = await json(await preview(request('POST', { text: undated })));
    expect(status).toBe(200);
    expect(body.missing).toEqual(['date']);
    expect(body.event.date).toBeNull();
  });
});

describe('POST /api/documents', () => {
  it('writes the event, serves it at once, and answers 201 with Location and ETag', async () => {
    const corrections = { s2: { themes: ['china-maritime', 'senkaku'] } };
    const { status, headers, body } = await json(
      await create(
        request('POST', {
          text: README,
          source: SOURCE,
          facts: { utcOffset: '+09:00' },
          corrections,
        }),
      ),
    );
    expect(body.error).toBeUndefined();
    expect(status).toBe(201);
    expect(headers.get('location')).toBe('/api/documents/2031-03-02-defense-ministerial');
    expect(headers.get('etag')).toMatch(/^".+"$/);
    const stored = readFileSync(
      path.join(dir, 'events', '2031-03-02-defense-ministerial.md'),
      'utf8',
    );
    expect(stored).toContain('corrections:');
    const served = await json(
      await getEvent(new Request('http://localhost/'), params('2031-03-02-defense-ministerial')),
    );
    expect(served.status).toBe(200);
    const second = served.body.event.statements[1];
    expect(second.themes).toEqual(expect.arrayContaining(['senkaku']));
    expect(second.inferred.themes).toBeDefined();
    expect(body.event.provenance).toBe('official-text');
  });

  it('answers 409 for a document the corpus holds already, by source or by text', async () => {
    expect((await create(request('POST', { text: README, source: SOURCE }))).status).toBe(201);
    const again = await json(
      await create(
        request('POST', {
          text: README,
          source: { ...SOURCE, url: 'https://www.mod.go.jp/en/other.html' },
        }),
      ),
    );
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', param: 'text' });
    const sameSource = await json(
      await create(
        request('POST', { text: README.replace('60 minutes', '50 minutes'), source: SOURCE }),
      ),
    );
    expect(sameSource.status).toBe(409);
    expect(sameSource.body.error.param).toBe('source.url');
  });

  it('gives a different document of the same date and kind a suffix', async () => {
    await create(request('POST', { text: README, source: SOURCE }));
    const other = README.replace('exchanged views on', 'talked at length about');
    const { status, body } = await json(
      await create(
        request('POST', { text: other, source: { ...SOURCE, url: 'https://www.defense.gov/x' } }),
      ),
    );
    expect(status).toBe(201);
    expect(body.event.id).toBe('2031-03-02-defense-ministerial-2');
  });

  it.each([
    ['no token', { authorization: '' }, 401, 'unauthorized', 'Authorization'],
    ['a wrong token', { authorization: 'Bearer nope' }, 403, 'forbidden', 'Authorization'],
    ['another origin', { origin: 'https://evil.example' }, 403, 'forbidden', null],
    [
      'a type it cannot read',
      { 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
      'Content-Type',
    ],
  ])('refuses %s (%i)', async (_, headers, status, code, param) => {
    const response = await json(
      await create(request('POST', { text: README, source: SOURCE }, headers)),
    );
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, param });
    expect(readdirSync(path.join(dir, 'events'))).toHaveLength(1);
  });

  it('refuses every write on a read-only deployment', async () => {
    process.env.ALLIANCE_TIMELINE_READ_ONLY = '1';
    const response = await json(await create(request('POST', { text: README, source: SOURCE })));
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/read-only/);
  });

  it.each([
    ['an empty text', { text: '   ', source: SOURCE }, 422, 'text', /empty/],
    [
      'a text with no sentence',
      { text: 'Title\n\nMay 1, 2031', source: SOURCE },
      422,
      'text',
      /paragraph/,
    ],
    [
      'no date',
      {
        text: README.replace('March 3, 2031\n', '').replace('On March 2, from', 'From'),
        source: SOURCE,
      },
      422,
      'facts.date',
      /date/,
    ],
    ['no source', { text: README }, 422, 'source', /required/],
    [
      'an http source',
      { text: README, source: { ...SOURCE, url: 'http://www.mod.go.jp/x' } },
      400,
      'source.url',
      /https/,
    ],
    [
      'a bad date',
      { text: README, source: SOURCE, facts: { date: '2031-02-30' } },
      422,
      'facts.date',
      /calendar/,
    ],
    [
      'an unknown theme',
      { text: README, source: SOURCE, corrections: { s1: { themes: ['nope'] } } },
      422,
      'corrections.s1.themes.0',
      /not a theme/,
    ],
    [
      'a field it does not know',
      { text: README, source: SOURCE, colour: 'red' },
      400,
      null,
      /colour/,
    ],
    ['no text', { source: SOURCE }, 400, 'text', /required/],
  ])('refuses %s, naming the field', async (_, body, status, param, message) => {
    const response = await json(await create(request('POST', body)));
    expect(response.status).toBe(status);
    expect(response.body.error.param).toBe(param);
    expect(response.body.error.message).toMatch(message);
    expect(readdirSync(path.join(dir, 'events'))).toHaveLength(1);
  });

  it('refuses JSON that does not parse (400) and a text over 2 MB (413)', async () => {
    const broken = await json(await create(request('POST', '{"text": ')));
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_body');
    const huge = await json(
      await create(request('POST', { text: 'a'.repeat(2 * 1024 * 1024 + 1), source: SOURCE })),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.param).toBe('text');
  });
});

describe('GET /api/compare?official=1', () => {
  it('compares only the official texts: an added readout, not the summaries', async () => {
    await create(request('POST', { text: README, source: SOURCE }));
    const all = await json(
      await compare(new Request('http://localhost/api/compare?theme=senkaku')),
    );
    const ids = (body: { columns: { event: { id: string } }[] }) =>
      body.columns.map((column) => column.event.id);
    expect(ids(all.body)).toEqual([
      '2022-01-07-security-consultative-committee',
      '2031-03-02-defense-ministerial',
    ]);
    const official = await json(
      await compare(new Request('http://localhost/api/compare?theme=senkaku&official=1')),
    );
    expect(ids(official.body)).toEqual(['2031-03-02-defense-ministerial']);
    const bad = await json(
      await compare(new Request('http://localhost/api/compare?theme=senkaku&official=yes')),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('official');
  });
});

describe('PUT and DELETE /api/documents/{id}', () => {
  const ID = '2031-03-02-defense-ministerial';

  it('changes facts with the current ETag, and answers 412 to a stale one, changing nothing', async () => {
    const created = await create(request('POST', { text: README, source: SOURCE }));
    const etag = created.headers.get('etag')!;
    const changed = await json(
      await replace(
        request('PUT', { facts: { place: 'Tokyo' } }, { 'if-match': etag }),
        params(ID),
      ),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.event.place).toBe('Tokyo');
    expect(changed.headers.get('etag')).not.toBe(etag);
    const file = path.join(dir, 'events', `${ID}.md`);
    const before = readFileSync(file, 'utf8');
    const stale = await json(
      await replace(
        request('PUT', { facts: { place: 'Osaka' } }, { 'if-match': etag }),
        params(ID),
      ),
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.param).toBe('If-Match');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const missing = await json(
      await replace(request('PUT', { facts: { place: 'Osaka' } }), params(ID)),
    );
    expect(missing.status).toBe(428);
  });

  it('reads a document with its ETag, and moves a deleted one to deleted/', async () => {
    await create(request('POST', { text: README, source: SOURCE }));
    const read = await getDocument(new Request('http://localhost/'), params(ID));
    expect(read.status).toBe(200);
    const removed = await remove(
      request('DELETE', undefined, { 'if-match': read.headers.get('etag')! }),
      params(ID),
    );
    expect(removed.status).toBe(204);
    expect(existsSync(path.join(dir, 'events', `${ID}.md`))).toBe(false);
    expect(readdirSync(path.join(dir, 'deleted'))).toEqual([
      expect.stringMatching(new RegExp(`^${ID}\\..+\\.md$`)),
    ]);
    expect((await getEvent(new Request('http://localhost/'), params(ID))).status).toBe(404);
  });
});
