import { describe, expect, it } from 'vitest';
import { GET as compare } from '@/app/api/compare/route';
import { GET as search } from '@/app/api/search/route';

const SEED = '2022-05-04-defense-ministerial';

async function call(handler: (request: Request) => Response, query: string) {
  const response = handler(new Request(`http://localhost/api/x${query}`));
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    text,
    body: response.headers.get('content-type')?.startsWith('application/json')
      ? JSON.parse(text)
      : null,
  };
}

type Column = { event: { id: string; date: string }; statements: { themes: string[] }[] };
type Change = {
  from: string;
  to: string;
  parts: { value: string; added?: true; removed?: true }[];
};

describe('GET /api/compare', () => {
  it('compares every event on the theme in date order, each against the one before', async () => {
    const { status, body } = await call(compare, '?theme=taiwan-strait');
    expect(status).toBe(200);
    expect(body.theme).toBe('taiwan-strait');
    const ids = body.columns.map((column: Column) => column.event.id);
    expect(ids).toContain(SEED);
    expect(ids).toEqual([...ids].sort());
    for (const column of body.columns as Column[]) {
      expect(column.statements.length).toBeGreaterThan(0);
      for (const statement of column.statements)
        expect(statement.themes).toContain('taiwan-strait');
    }
    expect(body.changes.map((change: Change) => [change.from, change.to])).toEqual(
      ids.slice(1).map((id: string, index: number) => [ids[index], id]),
    );
    const intoSeed = body.changes.find((change: Change) => change.to === SEED);
    expect(intoSeed.parts).toContainEqual({ value: 'of', added: true });
  });

  it('narrows to chosen events, in date order whatever the order asked', async () => {
    const { body } = await call(
      compare,
      `?theme=taiwan-strait&events=${SEED},2021-03-16-security-consultative-committee`,
    );
    expect(body.columns.map((column: Column) => column.event.id)).toEqual([
      '2021-03-16-security-consultative-committee',
      SEED,
    ]);
    expect(body.changes).toHaveLength(1);
  });

  it('compares every other event against a baseline', async () => {
    const { body } = await call(compare, `?theme=taiwan-strait&baseline=${SEED}`);
    expect(body.baseline).toBe(SEED);
    expect(body.changes).toHaveLength(body.columns.length - 1);
    for (const change of body.changes as Change[]) expect(change.from).toBe(SEED);
  });

  it('lists the theme’s formula phrases with the variant each event used and its first use', async () => {
    const { body } = await call(compare, '?theme=taiwan-strait');
    const peace = body.phrases.find(
      (phrase: { id: string }) => phrase.id === 'taiwan-peace-stability',
    );
    expect(peace.variants.map((variant: { id: string }) => variant.id)).toEqual([
      'of',
      'across',
      'in',
    ]);
    expect(peace.uses).toContainEqual(
      expect.objectContaining({ event: SEED, variant: 'of', first: true }),
    );
    expect(peace.uses).toContainEqual(
      expect.objectContaining({
        event: '2021-03-16-security-consultative-committee',
        variant: 'in',
        first: true,
      }),
    );
    expect(
      peace.uses
        .filter((use: { first: boolean }) => use.first)
        .map((use: { variant: string }) => use.variant),
    ).toEqual(['in', 'across', 'of']);
  });

  it('ignores punctuation and case when asked', async () => {
    const strict = await call(compare, '?theme=taiwan-strait');
    const loose = await call(compare, '?theme=taiwan-strait&ignore=case,punctuation');
    const marked = (body: { changes: Change[] }) =>
      body.changes
        .flatMap((change) => change.parts.filter((part) => part.removed || part.added))
        .map((part) => part.value)
        .join(' ');
    expect(marked(strict.body)).toMatch(/[“”]/);
    expect(marked(loose.body)).not.toMatch(/[“”"]/);
  });

  it('exports Markdown and CSV files named after the theme and the date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const markdown = await call(compare, '?theme=taiwan-strait&format=markdown');
    expect(markdown.status).toBe(200);
    expect(markdown.type).toMatch(/^text\/markdown/);
    expect(markdown.disposition).toBe(`attachment; filename="compare-taiwan-strait-${today}.md"`);
    expect(markdown.text).toMatch(/^# Taiwan Strait: statements compared/);
    expect(markdown.text).toContain('~~in~~');
    expect(markdown.text).toContain('| Event | Peace and stability … Taiwan Strait |');
    const csv = await call(compare, '?theme=taiwan-strait&format=csv');
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.disposition).toBe(`attachment; filename="compare-taiwan-strait-${today}.csv"`);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(
      /^theme,event,date,title,kind,provenance,statements,compared_with,added,removed,/,
    );
    expect(lines.find((line) => line.includes(SEED))).toContain('(first use)');
  });

  it.each([
    ['', 400, 'theme'],
    ['?theme=atlantis', 400, 'theme'],
    ['?theme=taiwan-strait&events=2099-01-01-nothing', 404, 'events'],
    ['?theme=taiwan-strait&baseline=2099-01-01-nothing', 404, 'baseline'],
    [`?theme=taiwan-strait&events=${SEED}&baseline=2021-04-16-leaders-summit`, 400, 'baseline'],
    ['?theme=taiwan-strait&ignore=spelling', 400, 'ignore'],
    ['?theme=taiwan-strait&format=pdf', 400, 'format'],
  ])('rejects %s with %i naming %s', async (query, status, param) => {
    const response = await call(compare, query);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ param, message: expect.any(String) });
  });
});

describe('GET /api/search', () => {
  type Hit = {
    statement: { id: string; text: string; speaker: string; themes: string[] };
    event: { id: string; date: string };
    before: string;
    match: string;
    after: string;
  };

  it('finds every statement with the words, in context, in date order', async () => {
    const { status, body } = await call(search, '?q=taiwan%20strait');
    expect(status).toBe(200);
    expect(body.hits.length).toBeGreaterThanOrEqual(9);
    expect(body.total).toBe(body.hits.length);
    for (const hit of body.hits as Hit[]) {
      expect(hit.match.toLowerCase()).toBe('taiwan strait');
      expect(hit.statement.text.replace(/^…|…$/g, '')).toContain(hit.match);
      expect(hit.statement.id.startsWith(hit.event.id)).toBe(true);
    }
    const dates = body.hits.map((hit: Hit) => hit.event.date);
    expect(dates).toEqual([...dates].sort());
    const seed = (body.hits as Hit[]).find((hit) => hit.event.id === SEED)!;
    expect(seed).toMatchObject({
      before: '…the importance of peace and stability of the ',
      match: 'Taiwan Strait',
      after: '.',
    });
  });

  it('filters by theme and speaker', async () => {
    const { body } = await call(search, '?q=Taiwan&speaker=us');
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits as Hit[]) expect(hit.statement.speaker).toBe('us');
    const themed = await call(search, '?q=Senkaku&themes=senkaku');
    for (const hit of themed.body.hits as Hit[]) expect(hit.statement.themes).toContain('senkaku');
  });

  it.each([
    ['', 'q'],
    ['?q=%20%20', 'q'],
    [`?q=${'a'.repeat(201)}`, 'q'],
    ['?q=Taiwan&themes=atlantis', 'themes'],
    ['?q=Taiwan&speaker=china', 'speaker'],
  ])('rejects %s with 400 naming %s', async (query, param) => {
    const response = await call(search, query);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_parameter', param });
  });
});
