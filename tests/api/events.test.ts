import { describe, expect, it } from 'vitest';
import { GET as getEvent } from '@/app/api/events/[id]/route';
import { GET as listEvents } from '@/app/api/events/route';
import { GET as getRecurrence } from '@/app/api/recurrence/route';
import { GET as listThemes } from '@/app/api/themes/route';
import { GET as unknownPath } from '@/app/api/[...path]/route';

const SEED = '2022-05-04-defense-ministerial';

async function call(handler: (request: Request) => Response | Promise<Response>, query = '') {
  const response = await handler(new Request(`http://localhost/api/x${query}`));
  return { status: response.status, body: await response.json() };
}

async function callEvent(id: string) {
  const response = await getEvent(
    new Request(`http://localhost/api/events/${encodeURIComponent(id)}`),
    {
      params: Promise.resolve({ id }),
    },
  );
  return { status: response.status, body: await response.json() };
}

describe('GET /api/events', () => {
  it('lists event summaries in date order', async () => {
    const { status, body } = await call(listEvents);
    expect(status).toBe(200);
    const dates = body.events.map((event: { date: string }) => event.date);
    expect(dates).toEqual([...dates].sort());
    expect(body.events.find((event: { id: string }) => event.id === SEED)).toMatchObject({
      title: 'Japan-U.S. Defense Ministerial Meeting',
      kind: 'defense-ministerial',
      date: '2022-05-04',
      provenance: 'official-text',
      sources: [
        expect.objectContaining({ url: expect.stringMatching(/^https:\/\/www\.mod\.go\.jp\//) }),
      ],
      themes: expect.arrayContaining(['taiwan-strait', 'senkaku', 'okinawa']),
    });
    expect(body.events[0]).not.toHaveProperty('statements');
  });

  it('filters by themes (any or all), dates, kind and text', async () => {
    const ids = async (query: string) =>
      (await call(listEvents, query)).body.events.map((e: { id: string }) => e.id);
    const taiwan = await ids('?themes=taiwan-strait');
    const okinawa = await ids('?themes=okinawa');
    const either = await ids('?themes=taiwan-strait,okinawa');
    const both = await ids('?themes=taiwan-strait,okinawa&match=all');
    expect(taiwan).toContain(SEED);
    expect(either.length).toBe(new Set([...taiwan, ...okinawa]).size);
    expect(both).toEqual(taiwan.filter((id: string) => okinawa.includes(id)));
    expect(await ids('?from=2022-05-01&to=2022-05-31')).toEqual(expect.arrayContaining([SEED]));
    for (const id of await ids('?from=2022-05-01&to=2022-05-31'))
      expect(id.slice(0, 7)).toBe('2022-05');
    for (const id of await ids('?kind=milestone,anniversary'))
      expect(id).toMatch(/reversion|treaty|saco|roadmap|anniversary/);
    expect(await ids('?q=Marin%20Corps')).toEqual([SEED]);
    expect(await ids('?q=MARIN%20CORPS')).toEqual([SEED]);
  });

  it.each([
    ['?themes=taiwan', 'themes', /unknown theme "taiwan"/],
    ['?match=some', 'match', /"any" or "all"/],
    ['?from=2022-5-1', 'from', /YYYY-MM-DD/],
    ['?to=2022-02-30', 'to', /not a real calendar date/],
    ['?from=2023-01-01&to=2022-01-01', 'from', /after to/],
    ['?kind=dinner', 'kind', /unknown kind "dinner"/],
    [`?q=${'x'.repeat(201)}`, 'q', /limit is 200/],
  ])('answers %s with 400 naming %s', async (query, param, message) => {
    const { status, body } = await call(listEvents, query);
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'invalid_parameter',
      param,
      message: expect.stringMatching(message),
    });
  });
});

describe('GET /api/events/{id}', () => {
  it('gives the seed with its statements in document order', async () => {
    const { status, body } = await callEvent(SEED);
    expect(status).toBe(200);
    expect(body.event.participants).toHaveLength(2);
    expect(body.event.statements).toHaveLength(24);
    expect(body.event.statements[0]).toEqual({
      id: `${SEED}-s1`,
      section: null,
      paragraph: 0,
      text: expect.stringMatching(/^On May 4, Defense Minister Kishi/),
      themes: [],
      speaker: 'other',
      references: [],
    });
  });

  it.each(['2099-01-01-nothing', '../x', '..%2Fx', ''])(
    'answers the unknown id %j with 404',
    async (id) => {
      const { status, body } = await callEvent(id);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: 'not_found', param: 'id' });
    },
  );
});

describe('GET /api/themes', () => {
  it('counts events and statements per theme with first and last dates', async () => {
    const { body } = await call(listThemes);
    const taiwan = body.themes.find((theme: { id: string }) => theme.id === 'taiwan-strait');
    expect(taiwan).toMatchObject({ label: 'Taiwan Strait', color: expect.stringMatching(/^#/) });
    expect(taiwan.events).toBeGreaterThanOrEqual(6);
    expect(taiwan.statements).toBeGreaterThanOrEqual(taiwan.events);
    expect(taiwan.firstSeen <= '2022-05-04' && taiwan.lastSeen >= '2022-05-04').toBe(true);
  });
});

describe('GET /api/recurrence', () => {
  it('counts statements per theme and event, following the filters', async () => {
    const { status, body } = await call(
      getRecurrence,
      '?themes=senkaku,okinawa&from=2022-01-01&to=2022-12-31',
    );
    expect(status).toBe(200);
    expect(body.themes).toEqual(['senkaku', 'okinawa']);
    expect(body.events).toContain(SEED);
    expect(body.cells).toContainEqual({ theme: 'senkaku', event: SEED, statements: 2 });
    expect(body.cells).toContainEqual({ theme: 'okinawa', event: SEED, statements: 1 });
  });

  it('rejects bad filters like /api/events does', async () => {
    const { status, body } = await call(getRecurrence, '?from=yesterday');
    expect(status).toBe(400);
    expect(body.error.param).toBe('from');
  });
});

describe('GET /api/{anything else}', () => {
  it('answers 404 in the error shape', async () => {
    const response = await unknownPath(new Request('http://localhost/api/nope'), {
      params: Promise.resolve({ path: ['nope'] }),
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({ code: 'not_found' });
  });
});
