import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open, SEED, timeline } from './timeline-page';

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

function spanDays(page: Page): number {
  const from = Date.parse(param(page, 'from')!);
  const to = Date.parse(param(page, 'to')!);
  return (to - from) / 86_400_000;
}

test('opens on 2021-2023 with the seed meeting selected', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByText('1 Jan 2021 – 31 Dec 2023')).toBeVisible();
  await expect(timeline(page).getByRole('button', { name: SEED })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toContainText(
    'The Ministers also reiterated',
  );
  expect(await page.evaluate(() => performance.getEntriesByName('timeline:ready').length)).toBe(1);
});

test('the wheel zooms around the pointer and the URL follows', async ({ page }) => {
  await open(page, '/');
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => param(page, 'from')).not.toBeNull();
  await expect.poll(() => spanDays(page)).toBeLessThan(900);
  const zoomedIn = spanDays(page);
  await page.mouse.wheel(0, 800);
  await expect.poll(() => spanDays(page)).toBeGreaterThan(zoomedIn);
  await expect(page.getByText('1 Jan 2021 – 31 Dec 2023')).toHaveCount(0);
});

test('a drag pans without changing the zoom', async ({ page }) => {
  await open(page, '/?from=2021-01-01&to=2023-12-31');
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => param(page, 'from')).not.toBe('2021-01-01');
  expect(param(page, 'from')! > '2021-01-01').toBe(true);
  expect(Math.abs(spanDays(page) - 1094)).toBeLessThanOrEqual(2);
});

test('a drag that starts on a mark pans, and does not open the event', async ({ page }) => {
  await open(page, '/?from=2022-01-01&to=2022-12-31&event=');
  const box = (await timeline(page).getByRole('button', { name: SEED }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => param(page, 'from')).not.toBe('2022-01-01');
  expect(param(page, 'from')! > '2022-01-01').toBe(true);
  expect(param(page, 'event')).toBe('');
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toHaveCount(0);
});

test('Shift and the wheel pan sideways without zooming', async ({ page }) => {
  await open(page, '/?from=2021-01-01&to=2023-12-31&event=');
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Shift');
  await expect.poll(() => param(page, 'from')).not.toBe('2021-01-01');
  expect(param(page, 'from')! > '2021-01-01').toBe(true);
  expect(Math.abs(spanDays(page) - 1094)).toBeLessThanOrEqual(2);
});

test('arrow keys move focus between events in date order; Home and End go to the ends', async ({
  page,
}) => {
  await open(page, '/');
  const seed = timeline(page).getByRole('button', { name: SEED });
  await seed.focus();
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedId).toBe('2022-05-15-okinawa-reversion-50th-anniversary');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focusedId).toBe('2022-01-21-leaders-video-summit');
  await page.keyboard.press('Home');
  await expect.poll(focusedId).toBe('1960-01-19-security-treaty-signed');
  const events: { id: string }[] = (await (await page.request.get('/api/events')).json()).events;
  await page.keyboard.press('End');
  await expect.poll(focusedId).toBe(events.at(-1)!.id);
});

test('Enter on the seed opens its statements; Escape closes them', async ({ page }) => {
  await open(page, '/?event=');
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toHaveCount(0);
  await timeline(page).getByRole('button', { name: SEED }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(
    panel.getByRole('region', { name: 'Realignment of U.S. forces/ U.S. Forces in Japan' }),
  ).toContainText('Marin Corps Air Station');
  await expect.poll(() => param(page, 'event')).toBe('2022-05-04-defense-ministerial');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('closing the panel, by its button or Escape, gives focus back to the event’s mark', async ({
  page,
}) => {
  await open(page, '/');
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  const seed = timeline(page).getByRole('button', { name: SEED });
  await panel.getByRole('button', { name: 'Close the event panel' }).click();
  await expect(panel).toHaveCount(0);
  await expect(seed).toBeFocused();
  await seed.click();
  await panel.getByRole('link', { name: 'Open the full page' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(seed).toBeFocused();
});

test('on a phone the event the page opens on shows as a title below the timeline, in full on request', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(
    panel.getByRole('heading', { name: 'Japan-U.S. Defense Ministerial Meeting' }),
  ).toBeVisible();
  await expect(panel.getByText('The Ministers also reiterated')).toBeHidden();
  const timelineBox = (await timeline(page).boundingBox())!;
  expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height);
  const toggle = panel.getByRole('button', { name: 'Show details' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(panel.getByRole('button', { name: 'Hide details' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(panel.getByText('The Ministers also reiterated')).toBeVisible();
  await panel.getByRole('button', { name: 'Hide details' }).click();
  await expect(panel.getByText('The Ministers also reiterated')).toBeHidden();
  // An event a person picks opens in full, even with the sheet folded.
  await timeline(page).getByRole('button', { name: SEED }).click();
  await expect(panel.getByRole('button', { name: 'Hide details' })).toBeVisible();
  await expect(panel.getByText('The Ministers also reiterated')).toBeVisible();
});

test('following a reference in the panel focuses its title; closing it focuses that event’s mark', async ({
  page,
}) => {
  await open(page, '/?from=2006-01-01&to=2006-12-31&event=2022-05-04-defense-ministerial');
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await panel
    .getByRole('button', { name: /, 7 January 2022$/ })
    .first()
    .click();
  const title = panel.getByRole('heading', { level: 2 });
  await expect(title).not.toHaveText('Japan-U.S. Defense Ministerial Meeting');
  await expect(title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
    .toBe('2022-01-07-security-consultative-committee');
  await expect(page.getByText('1 Jan 2006 – 31 Dec 2006')).toHaveCount(0);
});

test('a shared URL restores the view, and back and forward move through views', async ({
  page,
}) => {
  await open(page, '/?from=2006-01-01&to=2006-12-31&event=2006-05-01-realignment-roadmap');
  await expect(page.getByText('1 Jan 2006 – 31 Dec 2006')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toContainText(
    'Roadmap',
  );
  await page
    .getByRole('toolbar', { name: 'Timeline controls' })
    .getByRole('button', { name: '2022', exact: true })
    .click();
  await expect(page.getByText('1 Jan 2022 – 31 Dec 2022')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('1 Jan 2006 – 31 Dec 2006')).toBeVisible();
  await page.goForward();
  await expect(page.getByText('1 Jan 2022 – 31 Dec 2022')).toBeVisible();
});

test('All shows the whole period; Reset goes back to 2021-2023', async ({ page }) => {
  await open(page, '/?from=2006-01-01&to=2006-12-31&event=');
  const toolbar = page.getByRole('toolbar', { name: 'Timeline controls' });
  await toolbar.getByRole('button', { name: 'All', exact: true }).click();
  await expect(toolbar.getByText(/^1 Jan 1960 – 31 Dec \d{4}$/)).toBeVisible();
  await expect.poll(() => param(page, 'from')).toBe('1960-01-01');
  await toolbar.getByRole('button', { name: '2021-2024' }).click();
  await expect(toolbar.getByText('1 Jan 2021 – 31 Dec 2024')).toBeVisible();
  await toolbar.getByRole('button', { name: 'Zoom in' }).click();
  await expect(toolbar.getByText('1 Jan 2021 – 31 Dec 2024')).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Reset' }).click();
  await expect(toolbar.getByText('1 Jan 2021 – 31 Dec 2023')).toBeVisible();
  await expect.poll(() => param(page, 'to')).toBe('2023-12-31');
});

test('clusters open up as you zoom in', async ({ page }) => {
  await open(page, '/?from=1960-01-01&to=2026-12-31&event=');
  const cluster = timeline(page)
    .getByRole('button', { name: /events from .* zoom in$/ })
    .first();
  await expect(cluster).toBeVisible();
  const label = (await cluster.getAttribute('aria-label'))!;
  await cluster.click();
  await expect(timeline(page).getByRole('button', { name: label })).toHaveCount(0);
});

test('the list view is a table of the events in view', async ({ page }) => {
  const api = await page.request.get('/api/events?from=2022-01-01&to=2022-12-31');
  const events: unknown[] = (await api.json()).events;
  await open(page, '/?from=2022-01-01&to=2022-12-31&event=');
  await page.getByRole('button', { name: 'List view' }).click();
  const table = page.getByRole('table', { name: /Events in view/ });
  await expect(table.getByRole('row')).toHaveCount(1 + events.length);
  await expect(table.getByRole('row').nth(1)).toContainText('7 January 2022');
});

test('the dashboard has no serious accessibility violations, light or dark', async ({
  browser,
}) => {
  // Four full scans of a page of many marks and matrix cells: more than the default time.
  test.slow();
  for (const colorScheme of ['light', 'dark'] as const) {
    // The kind lanes, and theme lanes with the theme filter open.
    for (const url of ['/', '/?lanes=themes&themes=taiwan-strait,okinawa']) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await open(page, url);
      await expect(timeline(page).getByRole('button', { name: SEED }).first()).toBeVisible();
      if (url !== '/') await page.getByText('Filter by theme:').click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${colorScheme} ${url} ${v.id}: ${v.help}`)).toEqual([]);
      await context.close();
    }
  }
});

test('themes=taiwan-strait keeps only the meetings that speak of the Taiwan Strait', async ({
  page,
}) => {
  const expected: { id: string }[] = (
    await (
      await page.request.get('/api/events?themes=taiwan-strait&from=2021-01-01&to=2023-12-31')
    ).json()
  ).events;
  expect(expected.length).toBeGreaterThanOrEqual(6);
  await open(page, '/?themes=taiwan-strait&from=2021-01-01&to=2023-12-31&event=');
  const marks = timeline(page).locator('[data-event-id]');
  await expect(marks).toHaveCount(expected.length);
  expect(
    (
      await marks.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-event-id')))
    ).sort(),
  ).toEqual(expected.map((event) => event.id).sort());
});

test('toggling a theme filters the timeline and the URL; dimming keeps every event', async ({
  page,
}) => {
  await open(page, '/?from=2021-01-01&to=2023-12-31&event=');
  const marks = timeline(page).locator('[data-event-id]');
  // The marks come with the canvas, after the first view: count them once they are there.
  await expect.poll(() => marks.count()).toBeGreaterThan(0);
  const all = await marks.count();
  await page.getByText('Filter by theme:').click();
  await page.getByRole('checkbox', { name: /^Okinawa/ }).check();
  await expect.poll(() => param(page, 'themes')).toBe('okinawa');
  const okinawa = (
    await (
      await page.request.get('/api/events?themes=okinawa&from=2021-01-01&to=2023-12-31')
    ).json()
  ).events.length;
  expect(okinawa).toBeLessThan(all);
  await expect(marks).toHaveCount(okinawa);
  await page.getByRole('checkbox', { name: /faintly/ }).check();
  await expect(marks).toHaveCount(all);
  await page.goBack();
  await expect.poll(() => param(page, 'themes')).toBeNull();
});

test('the timeline downloads as SVG and PNG, named after the window, filters and date', async ({
  page,
}) => {
  await open(
    page,
    '/?from=2021-01-01&to=2023-12-31&themes=okinawa&event=2022-05-04-defense-ministerial',
  );
  const toolbar = page.getByRole('toolbar', { name: 'Timeline controls' });
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(
    /^alliance-timeline_2021-01-01_2023-12-31_themes-okinawa_\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const text = await (
    await svg.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('DEFENSE MINISTERIALS');
  expect(text).toContain('stroke-dasharray');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(2000);
});

test('the matrix under the timeline follows its window, and a cell opens its event', async ({
  page,
}) => {
  await open(page, '/?from=2022-01-01&to=2022-12-31&themes=senkaku&event=');
  const matrix = page.getByRole('grid', { name: /How each theme recurs/ });
  await expect(matrix.getByRole('rowheader')).toHaveCount(1);
  const expected = (
    await (
      await page.request.get('/api/events?themes=senkaku&from=2022-01-01&to=2022-12-31')
    ).json()
  ).events;
  await expect(matrix.getByRole('columnheader')).toHaveCount(expected.length + 2);
  // The first cell of a row is its total; the next, the first event's.
  await matrix.getByRole('gridcell').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toContainText(
    'Senkaku',
  );
});

test('theme lanes give each selected theme its own lane, and the URL keeps the mode', async ({
  page,
}) => {
  const window = 'from=2022-01-01&to=2022-06-30';
  const count = async (theme: string) =>
    (await (await page.request.get(`/api/events?themes=${theme}&${window}`)).json()).events
      .length as number;
  expect(await count('taiwan-strait')).toBeGreaterThanOrEqual(3);
  await open(page, `/?${window}&themes=taiwan-strait,okinawa&event=`);
  await expect(timeline(page).getByRole('group', { name: 'Defense ministerials' })).toHaveCount(1);
  const toggle = page.getByRole('button', { name: 'Theme lanes' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => param(page, 'lanes')).toBe('themes');
  await expect(timeline(page).getByRole('group', { name: 'Defense ministerials' })).toHaveCount(0);
  const taiwan = timeline(page).getByRole('group', { name: 'Taiwan Strait' });
  const okinawa = timeline(page).getByRole('group', { name: 'Okinawa' });
  await expect(taiwan.locator('[data-event-id]')).toHaveCount(await count('taiwan-strait'));
  await expect(okinawa.locator('[data-event-id]')).toHaveCount(await count('okinawa'));
  // The seed speaks of both, so it sits in both lanes.
  await expect(taiwan.getByRole('button', { name: SEED })).toBeVisible();
  await expect(okinawa.getByRole('button', { name: SEED })).toBeVisible();

  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length);
  await expect(timeline(page).getByRole('group', { name: 'Okinawa' })).toHaveCount(1);
  // By keyboard this time.
  await page.getByRole('button', { name: 'Theme lanes' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => param(page, 'lanes')).toBeNull();
  await expect(timeline(page).getByRole('group', { name: 'Defense ministerials' })).toHaveCount(1);
});

test('the server-rendered first view marks timeline:ready at any width, before any script loads', async ({
  browser,
}) => {
  const sizes = { 1280: 'large', 800: 'medium', 390: 'small' } as const;
  for (const [width, size] of Object.entries(sizes).map(([w, s]) => [Number(w), s] as const)) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // Without the page's scripts (its stylesheet still loads), only the first view and its inline
    // marks run.
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
    await page.goto('/?from=2021-01-01&to=2023-12-31&event=');
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('timeline:ready').length,
      // Which view marked it: the one shown at this width.
      by: (performance.getEntriesByName('timeline:ready')[0] as PerformanceMark | undefined)
        ?.detail,
      interactive: performance.getEntriesByName('timeline:interactive').length,
    }));
    expect(marks, `at ${width} px`).toEqual({
      ready: 1,
      by: `first-view-${size}`,
      interactive: 0,
    });
    // One picture of the timeline is shown, and it has marks.
    const shown = page.locator('svg.first-view:visible');
    await expect(shown).toHaveCount(1);
    await expect(shown.locator('text', { hasText: '2022' }).first()).toBeVisible();
    await context.close();
  }
});
