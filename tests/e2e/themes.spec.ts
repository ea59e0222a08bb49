import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED = '2022-05-04-defense-ministerial';

function matrix(page: Page) {
  return page.getByRole('grid', { name: 'How each theme recurs' });
}

/** The theme names heading the matrix's rows, top to bottom. */
async function rowThemes(page: Page): Promise<string[]> {
  return matrix(page).getByRole('rowheader').allInnerTexts();
}

test('toggling themes updates the matrix and the URL, and a shared link restores them', async ({
  page,
}) => {
  await page.goto('/themes', { waitUntil: 'networkidle' });
  // Rows off screen are not rendered: the grid gives its full size in aria-rowcount.
  await expect(matrix(page)).toHaveAttribute('aria-rowcount', String(19 + 1));

  await page.getByRole('checkbox', { name: /^Taiwan Strait/ }).check();
  await expect(page).toHaveURL(/\/themes\?themes=taiwan-strait$/);
  expect(await rowThemes(page)).toEqual(['Taiwan Strait']);

  await page.getByRole('checkbox', { name: /^Okinawa/ }).check();
  await expect(page).toHaveURL(/\?themes=taiwan-strait,okinawa$/);
  // Rows render as they come on screen.
  await matrix(page).scrollIntoViewIfNeeded();
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(2);

  await page.getByRole('radio', { name: 'all selected themes' }).check();
  await expect(page).toHaveURL(/\?themes=taiwan-strait,okinawa&match=all$/);
  const bothColumns = await matrix(page).getByRole('columnheader').count();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Okinawa/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'all selected themes' })).toBeChecked();
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(bothColumns);

  await page
    .getByRole('list', { name: 'Active theme filters' })
    .getByRole('button', { name: 'Remove Taiwan Strait' })
    .click();
  await expect(page).toHaveURL(/\?themes=okinawa&match=all$/);
  expect(await rowThemes(page)).toEqual(['Okinawa']);

  await page.getByRole('button', { name: 'Only North Korea' }).click();
  await expect(page).toHaveURL(/\?themes=north-korea&match=all$/);
  await page.getByRole('button', { name: 'No theme filter' }).click();
  await expect(page).toHaveURL(/\/themes$/);
  await expect(matrix(page)).toHaveAttribute('aria-rowcount', String(19 + 1));
});

test('themes=taiwan-strait shows only the meetings that speak of the Taiwan Strait', async ({
  page,
}) => {
  const api = await page.request.get('/api/events?themes=taiwan-strait');
  const expected: { id: string; date: string; title: string }[] = (await api.json()).events;
  expect(expected.length).toBeGreaterThan(3);

  await page.goto('/themes?themes=taiwan-strait');
  const headers = matrix(page).getByRole('columnheader');
  // Theme and Total, then one column per event.
  await expect(headers).toHaveCount(expected.length + 2);
  const texts = (await headers.allInnerTexts()).slice(2);
  expected.forEach((event, index) => {
    expect(texts[index]).toContain(event.date);
  });
  await expect(headers.filter({ hasText: 'Okinawa Reversion' })).toHaveCount(0);
  const taiwan = matrix(page).getByRole('row', { name: /Taiwan Strait/ });
  await expect(taiwan.getByRole('gridcell', { name: /first appearance/ })).toHaveCount(1);
});

test('a cell shows its count and first statement, and opens its statements', async ({ page }) => {
  await page.goto('/themes?themes=taiwan-strait&from=2022-05-01&to=2022-05-31');
  const row = matrix(page).getByRole('row', { name: /Taiwan Strait/ });
  // The first cell is the row's total; the second the seed meeting's.
  const cell = row.getByRole('gridcell').nth(1);
  await cell.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Taiwan Strait');
  await expect(tip).toContainText(/\d+ statements?/);
  await expect(tip).toContainText('First: “');

  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${SEED}\\?theme=taiwan-strait$`));
  await expect(
    page.getByRole('note').filter({ hasText: /statements? on Taiwan Strait/ }),
  ).toBeVisible();
});

test('arrow keys move between cells', async ({ page }) => {
  await page.goto('/themes?themes=taiwan-strait,okinawa', { waitUntil: 'networkidle' });
  const cells = matrix(page)
    .getByRole('row', { name: /Taiwan Strait/ })
    .getByRole('gridcell');
  await cells.nth(1).focus();
  await page.keyboard.press('ArrowRight');
  await expect(cells.nth(2)).toBeFocused();
  // Rows sort by first seen: Okinawa (1972) comes above the Taiwan Strait.
  await page.keyboard.press('ArrowUp');
  await expect(
    matrix(page)
      .getByRole('row', { name: /Okinawa/ })
      .getByRole('gridcell')
      .nth(2),
  ).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('Okinawa');
  await page.keyboard.press('End');
  await expect(
    matrix(page)
      .getByRole('row', { name: /Okinawa/ })
      .getByRole('gridcell')
      .last(),
  ).toBeFocused();
  await page.keyboard.press('Home');
  await expect(
    matrix(page)
      .getByRole('row', { name: /Okinawa/ })
      .getByRole('gridcell')
      .nth(1),
  ).toBeFocused();
});

test('rows off screen render as they scroll into view, and the keyboard reaches every row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/themes', { waitUntil: 'networkidle' });
  const rows = matrix(page).getByRole('rowheader');
  const last = matrix(page).getByRole('row').last();
  const order = (await (await page.request.get('/api/recurrence')).json()) as { themes: string[] };
  expect(order.themes).toHaveLength(19);
  expect(await rows.count()).toBeLessThan(19);
  await rows.first().scrollIntoViewIfNeeded();
  await matrix(page).getByRole('gridcell').nth(1).focus();
  for (let step = 0; step < 18; step += 1) await page.keyboard.press('ArrowDown');
  // The focused cell is in the grid's 20th row (the header row is the first).
  await expect(page.locator(':focus').locator('xpath=..')).toHaveAttribute('aria-rowindex', '20');
  await page.keyboard.press('Control+Home');
  await expect(page.locator(':focus').locator('xpath=..')).toHaveAttribute('aria-rowindex', '2');
  await matrix(page).getByRole('gridcell').first().hover();
  await page.mouse.wheel(0, 2000);
  await expect(last).toHaveAttribute('aria-rowindex', '20');
  await expect(last.getByRole('rowheader')).toBeVisible();
});

test('the exports download the matrix as CSV and the events as JSON, named after the filters', async ({
  page,
}) => {
  await page.goto('/themes?themes=taiwan-strait');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the matrix (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(
    /^alliance-timeline-matrix_themes-taiwan-strait_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const lines = readFileSync((await csv.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain(SEED);
  expect(lines[1]).toMatch(/^taiwan-strait,Taiwan Strait,\d+,\d+,2021-03-16,/);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download the events/ }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(
    /^alliance-timeline-events_themes-taiwan-strait_\d{4}-\d{2}-\d{2}\.json$/,
  );
  const body = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(body.filters).toEqual({ themes: ['taiwan-strait'], match: 'any' });
  expect(body.events.map((event: { id: string }) => event.id)).toContain(SEED);
  expect(body.events.length + 2).toBe(await matrix(page).getByRole('columnheader').count());
  expect(body.events[0].statements.length).toBeGreaterThan(0);
});

test('a theme page lists every statement on it, in date order, linked to its place', async ({
  page,
}) => {
  await page.goto('/themes/taiwan-strait');
  await expect(page.getByRole('heading', { level: 1, name: 'Taiwan Strait' })).toBeVisible();
  await expect(page.getByText('First seen')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Compare' })).toHaveAttribute(
    'href',
    '/compare?theme=taiwan-strait',
  );
  const statement = page.getByRole('link', { name: /peace and stability/ }).first();
  await expect(statement).toHaveAttribute(
    'href',
    /^\/events\/2021-03-16-[a-z-]+#2021-03-16-[a-z-]+-s\d+$/,
  );
  const response = await page.goto('/themes/no-such-theme');
  expect(response?.status()).toBe(404);
});

for (const path of ['/themes?themes=taiwan-strait', '/themes/taiwan-strait']) {
  test(`${path} has no serious accessibility violations`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await context.close();
  });
}

/**
 * A recurrence of made-up meetings, for what /api/recurrence answers on a window: 20 in 1990,
 * 10 a month in 1991 and 20 in 1992, each speaking of Okinawa and every other one of Space.
 */
function createManyMeetings(from: string | null, to: string | null) {
  const dates = [
    ...Array.from({ length: 20 }, (_, day) => `1990-06-${String(day + 1).padStart(2, '0')}`),
    ...Array.from({ length: 120 }, (_, index) => {
      const month = String(Math.floor(index / 10) + 1).padStart(2, '0');
      return `1991-${month}-${String((index % 10) + 1).padStart(2, '0')}`;
    }),
    ...Array.from({ length: 20 }, (_, day) => `1992-06-${String(day + 1).padStart(2, '0')}`),
  ];
  const columns = dates
    .map((date, index) => ({ id: `${date}-meeting-${index}`, title: `Meeting ${index}`, date }))
    .filter(({ date }) => (!from || date >= from) && (!to || date <= to));
  return {
    themes: ['okinawa', 'space'],
    events: columns.map((column) => column.id),
    columns,
    cells: columns.flatMap((column, index) => [
      { theme: 'okinawa', event: column.id, statements: 1 },
      ...(index % 2 ? [] : [{ theme: 'space', event: column.id, statements: 2 }]),
    ]),
  };
}

test('a window with more meetings than the matrix holds shows years, then months, opened by a click', async ({
  page,
}) => {
  await page.route('**/api/recurrence?*', (route) => {
    const url = new URL(route.request().url());
    return route.fulfill({
      json: createManyMeetings(url.searchParams.get('from'), url.searchParams.get('to')),
    });
  });
  await page.goto('/themes', { waitUntil: 'networkidle' });
  await page.getByRole('group', { name: 'Events dated' }).getByLabel('from').fill('1990-01-01');
  await expect(page.getByText(/across 160 events, gathered by year/)).toBeVisible();
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2 + 3);

  await matrix(page).getByRole('button', { name: /^1991/ }).click();
  await expect(page).toHaveURL(/from=1991-01-01&to=1991-12-31/);
  await expect(page.getByText(/across 120 events, gathered by month/)).toBeVisible();
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2 + 12);

  await matrix(page)
    .getByRole('button', { name: /^Mar 1991/ })
    .click();
  await expect(page).toHaveURL(/from=1991-03-01&to=1991-03-31/);
  await expect(page.getByText(/2 themes across 10 events, oldest first/)).toBeVisible();
  await expect(matrix(page).getByRole('columnheader', { name: /Meeting 40\b/ })).toBeVisible();

  await page.goBack();
  await expect(page.getByText(/across 120 events, gathered by month/)).toBeVisible();
});
