import { describe, expect, it } from 'vitest';
import { GET as exportEvents } from '@/app/api/export/events/route';
import { GET as exportMatrix } from '@/app/api/export/matrix/route';
import { GET as listThemes } from '@/app/api/themes/route';

const SEED = '2022-05-04-defense-ministerial';

async function call(handler: (request: Request) => Response, query = '') {
  return handler(new Request(`http://localhost/api/x${query}`));
}

describe('GET /api/themes with filters', () => {
  it('counts within the window, still listing every theme', async () => {
    const all = (await (await call(listThemes)).json()).themes;
    const window = (
      await (await call(listThemes, '?from=2022-05-01&to=2022-05-31&themes=okinawa')).json()
    ).themes;
    expect(window.map((theme: { id: string }) => theme.id)).toEqual(
      all.map((theme: { id: string }) => theme.id),
    );
    const taiwan = window.find((theme: { id: string }) => theme.id === 'taiwan-strait');
    expect(taiwan.events).toBeLessThan(
      all.find((theme: { id: string }) => theme.id === 'taiwan-strait').events,
    );
    expect(taiwan.firstSeen >= '2022-05-01' && taiwan.lastSeen <= '2022-05-31').toBe(true);
    expect(taiwan.firstEvent).toMatch(/^2022-05-/);
  });

  it('rejects bad filters', async () => {
    const response = await call(listThemes, '?to=2022-13-01');
    expect(response.status).toBe(400);
  });
});

describe('GET /api/export/matrix', () => {
  it('downloads the matrix as CSV named after the filters and the date', async () => {
    const response = await call(exportMatrix, '?themes=taiwan-strait&sort=name');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="alliance-timeline-matrix_themes-taiwan-strait_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, row, ...rest] = (await response.text()).trimEnd().split('\r\n');
    expect(rest).toEqual([]);
    expect(header).toContain(SEED);
    expect(row).toMatch(/^taiwan-strait,Taiwan Strait,\d+,\d+,/);
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
      /filename="alliance-timeline-events_themes-taiwan-strait_from-2022-01-01_\d{4}-\d{2}-\d{2}\.json"/,
    );
    const body = await response.json();
    expect(body.filters).toEqual({ themes: ['taiwan-strait'], match: 'any', from: '2022-01-01' });
    expect(body.events.map((event: { id: string }) => event.id)).toContain(SEED);
    for (const event of body.events) {
      expect(event.date >= '2022-01-01').toBe(true);
      expect(
        event.statements.some((s: { themes: string[] }) => s.themes.includes('taiwan-strait')),
      ).toBe(true);
    }
  });
});
