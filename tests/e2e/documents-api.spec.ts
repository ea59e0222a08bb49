// The documents API against the running server: many writes at once, and the corpus folder
// followed while the server runs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_CORPUS, E2E_TOKEN } from '../../playwright.config';

const EVENTS = path.resolve(E2E_CORPUS, 'events');
const HEADERS = { authorization: `Bearer ${E2E_TOKEN}` };

/** A short readout of an invented meeting on `date` (`YYYY-MM-DD`), told apart by `tag`. */
function readout(date: string, tag: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const month = day.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return [
    'Japan-U.S. Defense Ministerial Meeting (Summary)',
    '',
    `${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}`,
    'Ministry of Defense',
    '',
    `Minister of Defense Sato held a meeting with Secretary of Defense Miller in Tokyo, meeting ${tag}.`,
    '',
    `The two ministers agreed to deepen cooperation on extended deterrence, item ${tag}.`,
  ].join('\n');
}

function add(request: APIRequestContext, text: string, url: string) {
  return request.post('/api/documents', {
    headers: HEADERS,
    data: { text, source: { url, publisher: 'Ministry of Defense' } },
  });
}

test('50 documents added at once: 50 files, all valid, all served', async ({ request }) => {
  const dates = Array.from({ length: 50 }, (_, n) =>
    new Date(Date.UTC(2032, 0, 1 + n)).toISOString().slice(0, 10),
  );
  const responses = await Promise.all(
    dates.map((date, n) =>
      add(request, readout(date, `many-${n}`), `https://example.org/many/${n}`),
    ),
  );
  expect(responses.map((response) => response.status())).toEqual(dates.map(() => 201));
  const ids = await Promise.all(
    responses.map(async (response) => (await response.json()).event.id),
  );
  expect(ids.sort()).toEqual(dates.map((date) => `${date}-defense-ministerial`));
  for (const id of ids)
    expect(readFileSync(path.join(EVENTS, `${id}.md`), 'utf8')).toMatch(/^---\nid: /);
  const listed = await request.get('/api/events?from=2032-01-01&to=2032-12-31');
  const served = (await listed.json()).events.map((event: { id: string }) => event.id);
  expect(served.sort()).toEqual(ids);
  const health = await (await request.get('/api/health')).json();
  expect(health).toMatchObject({ status: 'ok', problems: {} });
});

test('the same document 20 times at once: one 201, nineteen 409, the file intact', async ({
  request,
}) => {
  const text = readout('2033-03-03', 'same');
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => add(request, text, 'https://example.org/same')),
  );
  const statuses = responses.map((response) => response.status()).sort();
  expect(statuses).toEqual([201, ...Array<number>(19).fill(409)]);
  const files = readdirSync(EVENTS).filter((name) => name.startsWith('2033-03-03'));
  expect(files).toEqual(['2033-03-03-defense-ministerial.md']);
  const body = readFileSync(path.join(EVENTS, files[0]!), 'utf8');
  expect(body).toContain('item same');
  const conflict = await responses.find((response) => response.status() === 409)!.json();
  expect(conflict.error).toMatchObject({ code: 'conflict', param: 'source.url' });
});

test('a change with a stale ETag gets 412 and changes nothing', async ({ request }) => {
  const created = await add(request, readout('2033-04-04', 'etag'), 'https://example.org/etag');
  const id = (await created.json()).event.id;
  const etag = created.headers().etag!;
  const first = await request.put(`/api/documents/${id}`, {
    headers: { ...HEADERS, 'if-match': etag },
    data: { facts: { place: 'Yokosuka' } },
  });
  expect(first.status()).toBe(200);
  const file = path.join(EVENTS, `${id}.md`);
  const before = readFileSync(file, 'utf8');
  const stale = await request.put(`/api/documents/${id}`, {
    headers: { ...HEADERS, 'if-match': etag },
    data: { facts: { place: 'Osaka' } },
  });
  expect(stale.status()).toBe(412);
  expect((await stale.json()).error.param).toBe('If-Match');
  expect(readFileSync(file, 'utf8')).toBe(before);
  const served = await (await request.get(`/api/events/${id}`)).json();
  expect(served.event.place).toBe('Yokosuka');
});

test('a file edited by hand is served without a restart; a broken one is reported and the last good kept', async ({
  request,
}) => {
  const created = await add(request, readout('2033-05-05', 'hand'), 'https://example.org/hand');
  const id = (await created.json()).event.id;
  const file = path.join(EVENTS, `${id}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited by hand'));
  await expect
    .poll(async () => (await (await request.get(`/api/events/${id}`)).json()).event.title)
    .toBe('Edited by hand');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: .*$/m, 'kind: banquet'));
  await expect
    .poll(async () => (await (await request.get('/api/health')).json()).status)
    .toBe('degraded');
  const health = await (await request.get('/api/health')).json();
  expect(health.problems[id].join(' ')).toMatch(/kind/);
  expect((await (await request.get(`/api/events/${id}`)).json()).event.title).toBe(
    'Edited by hand',
  );
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^kind: .*$/m, 'kind: defense-ministerial'),
  );
  await expect
    .poll(async () => (await (await request.get('/api/health')).json()).status)
    .toBe('ok');
});
