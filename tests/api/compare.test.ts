import { describe, expect, it } from 'vitest';
import { GET as compare } from '@/app/api/compare/route';
import { GET as search } from '@/app/api/search/route';
import { stubCorpusDir } from '../helpers';

stubCorpusDir();

// The fixture corpus's events on the Taiwan Strait (tests/fixtures/corpus), in date order, each
// with one statement on it: "peace and stability in / across / of the Taiwan Strait".
const TWO_PLUS_TWO = '2021-03-10-security-consultative-committee';
const MINISTERIAL = '2022-05-04-defense-ministerial';
const SUMMIT = '2023-01-12-leaders-summit';

async function call(handler: (request: Request) => Response | Promise<Response>, query: string) {
  const response = await handler(new Request(`http://localhost/api/x${query}`));
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

type Column = { event: { id: string }; statements: { id: string }[] };
type Change = {
  from: string;
  to: string;
  parts: { value: string; added?: true; removed?: true }[];
};

/** The words a change marks, as "-removed" and "+added", in order. */
function marks(change: Change): string[] {
  return change.parts
    .filter((part) => part.added || part.removed)
    .map((part) => `${part.added ? '+' : '-'}${part.value.trim()}`);
}

describe('GET /api/compare', () => {
  it('compares every event on the theme in date order, each against the one before', async () => {
    const { status, body } = await call(compare, '?theme=taiwan-strait');
    expect(status).toBe(200);
    expect(body.theme).toBe('taiwan-strait');
    expect(body.baseline).toBeNull();
    expect(
      body.columns.map((column: Column) => [column.event.id, column.statements.map((s) => s.id)]),
    ).toEqual([
      [TWO_PLUS_TWO, [`${TWO_PLUS_TWO}-s1`]],
      [MINISTERIAL, [`${MINISTERIAL}-s2`]],
      [SUMMIT, [`${SUMMIT}-s1`]],
    ]);
    expect(body.changes.map((change: Change) => [change.from, change.to])).toEqual([
      [TWO_PLUS_TWO, MINISTERIAL],
      [MINISTERIAL, SUMMIT],
    ]);
    expect(marks(body.changes[0])).toEqual(['-underlined', '+stressed', '-in', '+across']);
  });

  it('narrows to chosen events, in date order whatever the order asked', async () => {
    const { body } = await call(compare, `?theme=taiwan-strait&events=${SUMMIT},${TWO_PLUS_TWO}`);
    expect(body.columns.map((column: Column) => column.event.id)).toEqual([TWO_PLUS_TWO, SUMMIT]);
    expect(body.changes.map((change: Change) => [change.from, change.to])).toEqual([
      [TWO_PLUS_TWO, SUMMIT],
    ]);
  });

  it('compares every other event against a baseline', async () => {
    const { body } = await call(compare, `?theme=taiwan-strait&baseline=${SUMMIT}`);
    expect(body.baseline).toBe(SUMMIT);
    expect(body.changes.map((change: Change) => [change.from, change.to])).toEqual([
      [SUMMIT, TWO_PLUS_TWO],
      [SUMMIT, MINISTERIAL],
    ]);
  });

  it('lists the theme’s formula phrases with the variant each event used and its first use', async () => {
    const { body } = await call(compare, `?theme=taiwan-strait&events=${MINISTERIAL},${SUMMIT}`);
    expect(body.phrases).toHaveLength(1);
    const [calm] = body.phrases;
    expect(calm.variants.map((variant: { id: string }) => variant.id)).toEqual([
      'of',
      'across',
      'in',
    ]);
    // Only the columns' uses are listed, but "first" is first in the whole corpus.
    expect(calm.uses).toEqual([
      { event: MINISTERIAL, statement: `${MINISTERIAL}-s2`, variant: 'across', first: true },
      { event: SUMMIT, statement: `${SUMMIT}-s1`, variant: 'of', first: true },
    ]);
  });

  it('ignores punctuation and case when asked', async () => {
    const strict = await call(compare, `?theme=taiwan-strait&events=${MINISTERIAL},${SUMMIT}`);
    const loose = await call(
      compare,
      `?theme=taiwan-strait&events=${MINISTERIAL},${SUMMIT}&ignore=case,punctuation`,
    );
    expect(marks(strict.body.changes[0])).toEqual([
      '-Ministers stressed',
      '+leaders reaffirmed the importance of “',
      '-across',
      '+of',
      '+”',
    ]);
    expect(marks(loose.body.changes[0])).toEqual([
      '-Ministers stressed',
      '+leaders reaffirmed the importance of',
      '-across',
      '+of',
    ]);
  });

  it('exports Markdown and CSV files named after the theme and the date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const markdown = await call(compare, '?theme=taiwan-strait&format=markdown');
    expect(markdown.status).toBe(200);
    expect(markdown.type).toMatch(/^text\/markdown/);
    expect(markdown.disposition).toBe(`attachment; filename="compare-taiwan-strait-${today}.md"`);
    expect(markdown.text).toMatch(/^# Taiwan Strait: statements compared/);
    expect(markdown.text).toContain(
      '> Joint: The Ministers ~~underlined~~**stressed** peace and stability ~~in~~**across** the Taiwan Strait.',
    );
    expect(markdown.text).toContain('| Event | Peace and stability … Taiwan Strait |');
    const csv = await call(compare, '?theme=taiwan-strait&format=csv');
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.disposition).toBe(`attachment; filename="compare-taiwan-strait-${today}.csv"`);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(
      'theme,event,date,title,kind,provenance,statements,compared_with,added,removed,Peace and stability … Taiwan Strait',
    );
    expect(lines[2]).toBe(
      `taiwan-strait,${MINISTERIAL},2022-05-04,Test ministerial in Washington,defense-ministerial,summary,Joint: The Ministers stressed peace and stability across the Taiwan Strait.,${TWO_PLUS_TWO},stressed | across,underlined | in,peace and stability across the Taiwan Strait (first use)`,
    );
    expect(lines.slice(4)).toEqual(['']);
  });

  it('heads the Markdown and CSV in Japanese with lang=ja, keeping the statements as they are', async () => {
    const markdown = await call(compare, '?theme=taiwan-strait&format=markdown&lang=ja');
    expect(markdown.status).toBe(200);
    // The fixture's theme has no Japanese label: its English stands in.
    expect(markdown.text).toMatch(/^# Taiwan Strait：発言の比較/);
    expect(markdown.text).toContain('## 2022年5月4日：Test ministerial in Washington');
    expect(markdown.text).toContain(
      '- **共同：** The Ministers stressed peace and stability across the Taiwan Strait.',
    );
    expect(markdown.text).toContain('変化は一つ前の会談と比べています。');
    expect(markdown.text).toContain('| 会談 | Peace and stability … Taiwan Strait |');
    expect(markdown.text).toContain('（初出）');
    const csv = await call(compare, '?theme=taiwan-strait&format=csv&lang=ja');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(
      'テーマ,会談ID,日付,件名,種別,本文の種類,発言,比較した会談,加わった語句,削られた語句,Peace and stability … Taiwan Strait',
    );
    expect(lines[2]).toContain(
      ',共同：The Ministers stressed peace and stability across the Taiwan Strait.,',
    );
  });

  it.each([
    ['', 400, 'theme'],
    ['?theme=atlantis', 400, 'theme'],
    ['?theme=taiwan-strait&events=2099-01-01-nothing', 404, 'events'],
    ['?theme=taiwan-strait&baseline=2099-01-01-nothing', 404, 'baseline'],
    [`?theme=taiwan-strait&events=${MINISTERIAL}&baseline=${SUMMIT}`, 400, 'baseline'],
    ['?theme=taiwan-strait&ignore=spelling', 400, 'ignore'],
    ['?theme=taiwan-strait&format=pdf', 400, 'format'],
    ['?theme=taiwan-strait&format=csv&lang=fr', 400, 'lang'],
  ])('rejects %s with %i naming %s', async (query, status, param) => {
    const response = await call(compare, query);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ param, message: expect.any(String) });
  });
});

describe('GET /api/compare, bounded', () => {
  it('compares each of repeated ids once', async () => {
    const ids = Array.from({ length: 50 }, () => SUMMIT).join(',');
    const { status, body } = await call(
      compare,
      `?theme=taiwan-strait&events=${MINISTERIAL},${ids}`,
    );
    expect(status).toBe(200);
    expect(body.columns.map((column: Column) => column.event.id)).toEqual([MINISTERIAL, SUMMIT]);
  });

  it.each([
    [
      `?theme=taiwan-strait&events=${Array.from({ length: 400 }, () => SUMMIT).join(',')}`,
      'events',
    ],
    ['?theme=taiwan-strait&theme=okinawa', 'theme'],
    ['?theme=taiwan-strait&baseline=', 'baseline'],
    ['?theme=taiwan-strait&events=', 'events'],
    ['?theme=taiwan-strait&ignore=case,case,case', 'ignore'],
    ['?theme=taiwan-strait&format=csv&format=json', 'format'],
    ['?theme=taiwan-strait&format=csv&lang=', 'lang'],
    ['?theme=taiwan-strait&format=csv&lang=ja&lang=en', 'lang'],
  ])('answers %s with 400 naming %s', async (query, param) => {
    const response = await call(compare, query);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_parameter', param });
  });
});

describe('GET /api/search', () => {
  type Hit = {
    statement: { id: string };
    event: { id: string };
    before: string;
    match: string;
    after: string;
  };
  const hitsOf = (body: { hits: Hit[] }) =>
    body.hits.map(({ statement, before, match, after }) => [statement.id, before, match, after]);

  it('finds every statement with the words, in context, in date order', async () => {
    const { status, body } = await call(search, '?q=taiwan%20strait');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(hitsOf(body)).toEqual([
      [
        `${TWO_PLUS_TWO}-s1`,
        'The Ministers underlined peace and stability in the ',
        'Taiwan Strait',
        '.',
      ],
      [
        `${MINISTERIAL}-s2`,
        'The Ministers stressed peace and stability across the ',
        'Taiwan Strait',
        '.',
      ],
      [`${SUMMIT}-s1`, '…the importance of “peace and stability of the ', 'Taiwan Strait', '”.'],
    ]);
  });

  it('answers a page at a time, with the total and the cursor of the next page', async () => {
    const first = await call(search, '?q=taiwan%20strait&limit=2');
    expect(first.body).toMatchObject({ total: 3, next: expect.any(String) });
    expect(hitsOf(first.body).map(([id]) => id)).toEqual([
      `${TWO_PLUS_TWO}-s1`,
      `${MINISTERIAL}-s2`,
    ]);
    const last = await call(search, `?q=taiwan%20strait&limit=2&cursor=${first.body.next}`);
    expect(last.body).toMatchObject({ total: 3, next: null });
    expect(hitsOf(last.body).map(([id]) => id)).toEqual([`${SUMMIT}-s1`]);
  });

  it('filters by theme and speaker', async () => {
    const byUs = await call(search, '?q=Senkaku&speaker=us');
    expect(hitsOf(byUs.body).map(([id]) => id)).toEqual([`${MINISTERIAL}-s3`]);
    const onOkinawa = await call(search, '?q=the%20Ministers&themes=okinawa');
    expect(hitsOf(onOkinawa.body).map(([id]) => id)).toEqual([`${TWO_PLUS_TWO}-s3`]);
  });

  it.each([
    ['', 'q'],
    ['?q=%20%20', 'q'],
    [`?q=${'a'.repeat(201)}`, 'q'],
    ['?q=Taiwan&themes=atlantis', 'themes'],
    ['?q=Taiwan&speaker=china', 'speaker'],
    ['?q=Taiwan&q=Strait', 'q'],
    ['?q=Taiwan&speaker=', 'speaker'],
    ['?q=Taiwan&limit=5000', 'limit'],
  ])('rejects %s with 400 naming %s', async (query, param) => {
    const response = await call(search, query);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_parameter', param });
  });
});
