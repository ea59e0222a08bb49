import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/compare/meetings/route';
import { stubCorpusDir } from '../helpers';

stubCorpusDir();

// The fixture corpus (tests/fixtures/corpus): the call speaks of North Korea only; the
// ministerial of the Senkakus, the Taiwan Strait and Okinawa.
const CALL = '2021-09-20-telecon';
const MINISTERIAL = '2022-05-04-defense-ministerial';

async function call(query: string) {
  const response = await GET(new Request(`http://localhost/api/compare/meetings${query}`));
  return { status: response.status, body: await response.json() };
}

const themesOf = (list: { theme: string }[]) => list.map((item) => item.theme);

describe('GET /api/compare/meetings', () => {
  it('answers the themes each meeting raised and the other did not', async () => {
    const { status, body } = await call(`?a=${CALL}&b=${MINISTERIAL}`);
    expect(status).toBe(200);
    expect(body.a.id).toBe(CALL);
    expect(body.b.id).toBe(MINISTERIAL);
    expect(themesOf(body.onlyA)).toEqual(['north-korea']);
    expect(themesOf(body.onlyB)).toEqual(
      expect.arrayContaining(['senkaku', 'taiwan-strait', 'okinawa']),
    );
    expect(body.shared).toEqual([]);
  });

  it("answers the shared themes with both sides' statements and the word diff", async () => {
    const { body } = await call(`?a=2021-03-10-security-consultative-committee&b=${MINISTERIAL}`);
    const strait = body.shared.find((item: { theme: string }) => item.theme === 'taiwan-strait');
    expect(strait.a).toHaveLength(1);
    expect(strait.b).toHaveLength(1);
    expect(strait.parts.some((part: { added?: true }) => part.added)).toBe(true);
  });

  it('answers a missing or repeated parameter with a 400 naming it', async () => {
    expect(await call(`?a=${CALL}`)).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_parameter', param: 'b' } },
    });
    expect(await call(`?a=${CALL}&b=${MINISTERIAL}&b=${CALL}`)).toMatchObject({
      status: 400,
      body: { error: { param: 'b', message: 'b is given 2 times; it takes one value' } },
    });
  });

  it('answers an unknown id with a 404 naming it', async () => {
    expect(await call(`?a=nothing-here&b=${MINISTERIAL}`)).toMatchObject({
      status: 404,
      body: {
        error: { code: 'not_found', param: 'a', message: 'no event has the id "nothing-here"' },
      },
    });
  });
});
