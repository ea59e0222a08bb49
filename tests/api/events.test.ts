import { describe, expect, it } from 'vitest';
import { GET as getEvent } from '@/app/api/events/[id]/route';
import { GET as listEvents } from '@/app/api/events/route';
import { GET as getRecurrence } from '@/app/api/recurrence/route';
import { GET as listThemes } from '@/app/api/themes/route';
import { GET as unknownPath } from '@/app/api/[...path]/route';
import { stubCorpusDir } from '../helpers';

stubCorpusDir();

// The fixture corpus's events (tests/fixtures/corpus), in date order.
const REVERSION = '1972-05-15-okinawa-reversion';
const TWO_PLUS_TWO = '2021-03-10-security-consultative-committee';
const CALL = '2021-09-20-telecon';
const MINISTERIAL = '2022-05-04-defense-ministerial';
const SUMMIT = '2023-01-12-leaders-summit';

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

async function listIds(query: string): Promise<string[]> {
  return (await call(listEvents, query)).body.events.map((event: { id: string }) => event.id);
}

describe('GET /api/events', () => {
  it('lists event summaries in date order', async () => {
    const { status, body } = await call(listEvents);
    expect(status).toBe(200);
    expect(body.events.map((event: { id: string }) => event.id)).toEqual([
      REVERSION,
      TWO_PLUS_TWO,
      CALL,
      MINISTERIAL,
      SUMMIT,
    ]);
    expect(body.events[3]).toEqual({
      id: MINISTERIAL,
      title: 'Test ministerial in Washington',
      label: 'Sato-Miller, Washington',
      kind: 'defense-ministerial',
      date: '2022-05-04',
      japanDate: '2022-05-05',
      themes: ['senkaku', 'taiwan-strait', 'okinawa'],
      provenance: 'summary',
      sources: [
        {
          publisher: 'Test ministry',
          title: 'A ministerial written for the tests',
          url: 'https://example.org/tests/2022-05-04',
          language: 'en',
          kind: 'publisher',
        },
      ],
      statementCount: 5,
    });
  });

  it('filters by themes, any or all of them', async () => {
    expect(await listIds('?themes=taiwan-strait')).toEqual([TWO_PLUS_TWO, MINISTERIAL, SUMMIT]);
    expect(await listIds('?themes=okinawa')).toEqual([REVERSION, TWO_PLUS_TWO, MINISTERIAL]);
    expect(await listIds('?themes=taiwan-strait,okinawa')).toEqual([
      REVERSION,
      TWO_PLUS_TWO,
      MINISTERIAL,
      SUMMIT,
    ]);
    expect(await listIds('?themes=taiwan-strait,okinawa&match=all')).toEqual([
      TWO_PLUS_TWO,
      MINISTERIAL,
    ]);
  });

  it('filters by dates and kinds', async () => {
    expect(await listIds('?from=2022-05-01&to=2022-05-31')).toEqual([MINISTERIAL]);
    expect(await listIds('?from=2021-09-20&to=2022-05-04')).toEqual([CALL, MINISTERIAL]);
    expect(await listIds('?kind=milestone,anniversary')).toEqual([REVERSION]);
    expect(await listIds('?kind=telecon,leaders-summit&from=2022-01-01')).toEqual([SUMMIT]);
  });

  it('filters by words in the title or the text, whatever their case or apostrophes', async () => {
    expect(await listIds('?q=Futenma')).toEqual([MINISTERIAL]);
    expect(await listIds('?q=FUTENMA%20air')).toEqual([MINISTERIAL]);
    expect(await listIds("?q=leaders'%20summit")).toEqual([SUMMIT]);
    expect(await listIds('?q=nowhere%20in%20the%20corpus')).toEqual([]);
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
  it('gives the event with its participants and statements in document order', async () => {
    const { status, body } = await callEvent(MINISTERIAL);
    expect(status).toBe(200);
    expect(body.event.participants.map((person: { name: string }) => person.name)).toEqual([
      'Sato Hanako',
      'Jane Q. Miller',
    ]);
    expect(body.event.statements.map((s: { speaker: string }) => s.speaker)).toEqual([
      'other',
      'joint',
      'us',
      'japan',
      'joint',
    ]);
    expect(body.event.statements[0]).toEqual({
      id: `${MINISTERIAL}-s1`,
      section: null,
      paragraph: 0,
      text: 'Minister Sato and Secretary Miller met in Washington.',
      themes: [],
      speaker: 'other',
      references: [],
    });
    expect(body.event.statements[4]).toMatchObject({
      section: 'Bases',
      references: [TWO_PLUS_TWO],
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
    expect(body.themes.map((theme: { id: string }) => theme.id)).toEqual([
      'senkaku',
      'taiwan-strait',
      'north-korea',
      'okinawa',
    ]);
    expect(body.themes[1]).toEqual({
      id: 'taiwan-strait',
      label: 'Taiwan Strait',
      description: 'Peace and stability around Taiwan.',
      color: '#0c876b',
      events: 3,
      statements: 3,
      firstSeen: '2021-03-10',
      lastSeen: '2023-01-12',
      firstEvent: TWO_PLUS_TWO,
      lastEvent: SUMMIT,
    });
  });
});

describe('GET /api/recurrence', () => {
  it('counts statements per theme and event, following the filters', async () => {
    const { status, body } = await call(
      getRecurrence,
      '?themes=north-korea,okinawa&from=2021-01-01&to=2022-12-31',
    );
    expect(status).toBe(200);
    expect(body.themes).toEqual(['north-korea', 'okinawa']);
    expect(body.events).toEqual([TWO_PLUS_TWO, CALL, MINISTERIAL]);
    expect(body.cells).toEqual([
      { theme: 'okinawa', event: TWO_PLUS_TWO, statements: 1 },
      { theme: 'north-korea', event: CALL, statements: 1 },
      { theme: 'okinawa', event: MINISTERIAL, statements: 1 },
    ]);
  });

  it('has a row for every theme when no theme is selected', async () => {
    const { body } = await call(getRecurrence, '?kind=leaders-summit');
    expect(body.themes).toEqual(['senkaku', 'taiwan-strait', 'north-korea', 'okinawa']);
    expect(body.events).toEqual([SUMMIT]);
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

describe('GET /api/events, a page at a time', () => {
  it('answers the total and a cursor that leads through every page', async () => {
    const first = await call(listEvents, '?limit=2');
    expect(first.body).toMatchObject({ total: 5, next: expect.any(String) });
    expect(first.body.events.map((event: { id: string }) => event.id)).toEqual([
      REVERSION,
      TWO_PLUS_TWO,
    ]);
    const second = await call(listEvents, `?limit=2&cursor=${first.body.next}`);
    expect(second.body.events.map((event: { id: string }) => event.id)).toEqual([
      CALL,
      MINISTERIAL,
    ]);
    const last = await call(listEvents, `?limit=2&cursor=${second.body.next}`);
    expect(last.body).toMatchObject({ total: 5, next: null });
    expect(last.body.events.map((event: { id: string }) => event.id)).toEqual([SUMMIT]);
  });

  it('pages the filtered events, and gives every match on one page by default', async () => {
    const { body } = await call(listEvents, '?themes=taiwan-strait');
    expect(body).toMatchObject({ total: 3, next: null });
    const paged = await call(listEvents, '?themes=taiwan-strait&limit=1');
    expect(paged.body).toMatchObject({ total: 3, events: [{ id: TWO_PLUS_TWO }] });
  });

  it.each([
    ['?limit=1001', 'limit', /from 1 to 1000/],
    ['?limit=0', 'limit', /from 1 to 1000/],
    ['?cursor=not-a-cursor', 'cursor', /not one this API gave/],
  ])('answers %s with 400 naming %s', async (query, param, message) => {
    const { status, body } = await call(listEvents, query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ param, message: expect.stringMatching(message) });
  });
});

describe('GET /api/events, repeated and empty parameters', () => {
  it('merges repeated list parameters, as the pages read them', async () => {
    expect(await listIds('?themes=okinawa&themes=taiwan-strait,okinawa')).toEqual([
      REVERSION,
      TWO_PLUS_TWO,
      MINISTERIAL,
      SUMMIT,
    ]);
  });

  it.each([
    ['?themes=okinawa&themes=nope', 'themes', /unknown theme "nope"/],
    ['?match=all&match=any', 'match', /given 2 times/],
    ['?from=2021-01-01&from=2022-01-01', 'from', /given 2 times/],
    ['?q=a&q=b', 'q', /given 2 times/],
    ['?from=', 'from', /from is empty/],
    ['?to=', 'to', /to is empty/],
    ['?match=', 'match', /match is empty/],
    ['?themes=', 'themes', /themes is empty/],
    ['?kind=', 'kind', /kind is empty/],
    ['?q=', 'q', /q is empty/],
    ['?kind=telecon,telecon,telecon,telecon,telecon,telecon,telecon', 'kind', /most it takes is 6/],
    ['?themes=okinawa,okinawa,okinawa,okinawa,okinawa', 'themes', /most it takes is 4/],
  ])('answers %s with 400 naming %s', async (query, param, message) => {
    const { status, body } = await call(listEvents, query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ param, message: expect.stringMatching(message) });
  });

  it('quotes at most 100 characters of a long bad value', async () => {
    for (const param of ['from', 'match', 'themes', 'kind']) {
      const { status, body } = await call(listEvents, `?${param}=${'z'.repeat(10_000)}`);
      expect(status).toBe(400);
      expect(body.error.message).toContain(`"${'z'.repeat(100)}…"`);
      expect(body.error.message.length).toBeLessThan(400);
    }
  });
});
