import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/compare/languages/route';
import { createBilingualCorpus } from '../lib/bilingual/bilingual-corpus';
import { createLanguageCorpus, MEETING_ID } from '../lib/compare/language-corpus';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The answer to `query`, from a corpus with the meeting in both languages unless told. */
async function call(query: string, dir: string = createLanguageCorpus()) {
  vi.stubEnv('CORPUS_DIR', dir);
  const response = await GET(new Request(`http://localhost/api/compare/languages${query}`));
  return { status: response.status, body: await response.json() };
}

describe('GET /api/compare/languages', () => {
  it('answers the two texts of a meeting theme by theme, marking what one leaves out', async () => {
    const { status, body } = await call(`?event=${MEETING_ID}`);
    expect(status).toBe(200);
    expect(body.event.id).toBe(MEETING_ID);
    expect(body.japanese.sources[0].language).toBe('ja');
    expect(body.comparison.onlyJapanese).toEqual(['north-korea']);
    expect(body.comparison.onlyEnglish).toEqual(['senkaku']);
    expect(
      body.comparison.themes.map((item: { theme: string; raisedIn: string }) => item.raisedIn),
    ).toEqual(['english', 'both', 'japanese', 'both']);
  });

  it('answers a meeting without a Japanese text with a 200 saying so', async () => {
    const { status, body } = await call(`?event=${MEETING_ID}`, createBilingualCorpus({}));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      japanese: null,
      comparison: null,
      missing: 'ja',
      message: `the corpus holds no Japanese text of ${MEETING_ID}`,
    });
  });

  it.each([
    ['', 400, 'event is required: the id of the meeting to compare'],
    ['?event=', 400, 'event is empty; give it a value or leave it out'],
    [`?event=${MEETING_ID}&event=${MEETING_ID}`, 400, 'event is given 2 times; it takes one value'],
    ['?event=no-such-meeting', 404, 'no event has the id "no-such-meeting"'],
  ])('answers %s with %i naming event', async (query, status, message) => {
    const response = await call(query);
    expect(response.status).toBe(status);
    expect(response.body.error).toEqual({
      code: status === 404 ? 'not_found' : 'invalid_parameter',
      param: 'event',
      message,
    });
  });
});
