import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { GET as exportEvents } from '@/app/api/export/events/route';
import { GET as exportMatrix } from '@/app/api/export/matrix/route';
import { GET as listThemes } from '@/app/api/themes/route';
import { createCorpusDir, FIXTURE_CORPUS_DIR, stubCorpusDir } from '../helpers';

stubCorpusDir();

// Events of the fixture corpus (tests/fixtures/corpus).
const TWO_PLUS_TWO = '2021-03-10-security-consultative-committee';
const MINISTERIAL = '2022-05-04-defense-ministerial';
const SUMMIT = '2023-01-12-leaders-summit';
const DATED = '\\d{4}-\\d{2}-\\d{2}';

async function call(handler: (request: Request) => Response | Promise<Response>, query = '') {
  return handler(new Request(`http://localhost/api/x${query}`));
}

describe('GET /api/themes with filters', () => {
  it('counts within the window, still listing every theme', async () => {
    const { themes } = await (
      await call(listThemes, '?from=2022-01-01&to=2022-12-31&themes=okinawa')
    ).json();
    expect(themes.map((theme: { id: string }) => theme.id)).toEqual([
      'senkaku',
      'taiwan-strait',
      'north-korea',
      'okinawa',
    ]);
    expect(themes[1]).toMatchObject({
      id: 'taiwan-strait',
      events: 1,
      statements: 1,
      firstSeen: '2022-05-04',
      lastSeen: '2022-05-04',
      firstEvent: MINISTERIAL,
    });
    expect(themes[2]).toMatchObject({ id: 'north-korea', events: 0, firstSeen: null });
  });

  it('rejects bad filters', async () => {
    const response = await call(listThemes, '?to=2022-13-01');
    expect(response.status).toBe(400);
  });
});

describe('GET /api/themes in two languages', () => {
  it('gives labelJa and descriptionJa beside the English, where the taxonomy has them', async () => {
    const themes = [
      {
        id: 'senkaku',
        label: 'Senkaku Islands',
        labelJa: '尖閣諸島',
        description: 'The islands and the treaty.',
        descriptionJa: '諸島と条約。',
        color: '#c64f3b',
        lexicon: ['senkaku'],
      },
      {
        id: 'okinawa',
        label: 'Okinawa',
        description: 'Bases.',
        color: '#555555',
        lexicon: ['okinawa'],
      },
    ];
    vi.stubEnv('CORPUS_DIR', createCorpusDir({ 'themes.json': JSON.stringify({ themes }) }));
    onTestFinished(() => {
      vi.stubEnv('CORPUS_DIR', FIXTURE_CORPUS_DIR);
    });
    const body = await (await call(listThemes)).json();
    expect(Object.keys(body.themes[0]).slice(0, 5)).toEqual([
      'id',
      'label',
      'labelJa',
      'description',
      'descriptionJa',
    ]);
    expect(body.themes[0]).toMatchObject({ labelJa: '尖閣諸島', descriptionJa: '諸島と条約。' });
    expect(body.themes[1]).not.toHaveProperty('labelJa');
  });
});

describe('GET /api/export/matrix', () => {
  it('downloads the matrix as CSV named after the filters and the date', async () => {
    const response = await call(exportMatrix, '?themes=taiwan-strait&sort=name');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="alliance-timeline-matrix_themes-taiwan-strait_${DATED}\\.csv"$`,
      ),
    );
    expect(await response.text()).toBe(
      [
        `theme,label,statements,events,first_seen,last_seen,${TWO_PLUS_TWO},${MINISTERIAL},${SUMMIT}`,
        'taiwan-strait,Taiwan Strait,3,3,2021-03-10,2023-01-12,1,1,1',
        '',
      ].join('\r\n'),
    );
  });

  it('heads the CSV and labels its themes in Japanese with lang=ja', async () => {
    const response = await call(exportMatrix, '?themes=taiwan-strait&lang=ja');
    const [header, row] = (await response.text()).split('\r\n');
    expect(header).toBe(
      `テーマ識別子,テーマ,発言数,会談数,初出,最新,${TWO_PLUS_TWO},${MINISTERIAL},${SUMMIT}`,
    );
    // The fixture's themes have no Japanese label: the English stands.
    expect(row).toBe('taiwan-strait,Taiwan Strait,3,3,2021-03-10,2023-01-12,1,1,1');
  });

  it('rejects a language it does not have', async () => {
    const response = await call(exportMatrix, '?lang=fr');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      param: 'lang',
      message: 'unknown language "fr"; known languages: en, ja',
    });
  });

  it('rejects an unknown sort', async () => {
    const response = await call(exportMatrix, '?sort=random');
    expect(response.status).toBe(400);
    expect((await response.json()).error.param).toBe('sort');
  });
});

describe('GET /api/export/events', () => {
  it('downloads the filtered events with their statements as JSON', async () => {
    const response = await call(exportEvents, '?themes=taiwan-strait&from=2022-01-01');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(
        `filename="alliance-timeline-events_themes-taiwan-strait_from-2022-01-01_${DATED}\\.json"`,
      ),
    );
    const body = await response.json();
    expect(body.filters).toEqual({ themes: ['taiwan-strait'], match: 'any', from: '2022-01-01' });
    expect(body.events.map((event: { id: string }) => event.id)).toEqual([MINISTERIAL, SUMMIT]);
    expect(body.events[0].statements).toHaveLength(5);
    expect(body.events[0]).not.toHaveProperty('sections');
    expect(body).not.toHaveProperty('headings');
  });

  it('adds the headings of its keys and codes in the language asked for', async () => {
    const body = await (await call(exportEvents, '?themes=taiwan-strait&lang=ja')).json();
    expect(Object.keys(body)).toEqual(['exported', 'language', 'headings', 'filters', 'events']);
    expect(body.language).toBe('ja');
    expect(body.headings.event).toMatchObject({ title: '題名', japanDate: '日本の日付' });
    expect(body.headings.kinds['defense-ministerial']).toBe('日米防衛相会談');
    expect(body.headings.speakers.joint).toBe('共同');
    const english = await (await call(exportEvents, '?lang=en')).json();
    expect(english.headings.event.title).toBe('Title');
    expect(Object.keys(english.headings.event).sort()).toEqual(
      Object.keys(body.headings.event).sort(),
    );
  });

  it('rejects a language it does not know, naming lang', async () => {
    const response = await call(exportEvents, '?lang=fr');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      param: 'lang',
      message: 'unknown language "fr"; known languages: en, ja',
    });
  });
});
