import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED = '2022-05-04-defense-ministerial';
// The bundled corpus's meetings on the Taiwan Strait that the marks below are about; naming them in
// the URL keeps the marks the same when events are added between them.
const VIDEO_SUMMIT = '2022-01-21-leaders-video-summit';
const JUNE_2023 = '2023-06-01-defense-ministerial';
const OCTOBER_2023 = '2023-10-04-defense-ministerial';

/** The column of the event on this date (YYYY-MM-DD). */
function column(page: Page, date: string) {
  return page
    .getByRole('list', { name: 'Meetings in date order' })
    .getByRole('article')
    .filter({ has: page.locator(`header time[datetime="${date}"]`) });
}

/** The dates of the columns, as shown, in page order. */
async function columnDates(page: Page): Promise<string[]> {
  const columns = page.getByRole('list', { name: 'Meetings in date order' });
  return columns.getByRole('article').locator('header time').allInnerTexts();
}

test('the Taiwan Strait comparison shows its meetings in date order with changes marked', async ({
  page,
}) => {
  await page.goto('/compare?theme=taiwan-strait');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Taiwan Strait: what each meeting said' }),
  ).toBeVisible();
  const dates = await columnDates(page);
  expect(dates).toEqual(expect.arrayContaining(['16 March 2021', '21 January 2022', '4 May 2022']));
  const times = await page
    .getByRole('list', { name: 'Meetings in date order' })
    .locator('header time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(times).toEqual([...times].sort());

  await page.goto(`/compare?theme=taiwan-strait&events=${VIDEO_SUMMIT},${SEED}`);
  const seed = page
    .getByRole('article', { name: 'Japan-U.S. Defense Ministerial Meeting' })
    .filter({
      hasText: '4 May 2022',
    });
  await expect(seed.getByText('Official text')).toBeVisible();
  const changes = seed.getByRole('region', { name: 'Changes from 21 January 2022' });
  await expect(changes.locator('ins').filter({ hasText: /^\[added: of\]$/ })).toHaveCount(1);
  await expect(changes.locator('del').filter({ hasText: 'across' })).toHaveCount(1);
  await expect(changes).toContainText('The 21 January 2022 side is a summary');

  const table = page.getByRole('table');
  const seedRow = table.getByRole('row').filter({ hasText: '4 May 2022' });
  await expect(seedRow).toContainText('peace and stability of the Taiwan Strait');
  await expect(seedRow).toContainText('first use');
});

test('columns sit side by side at 1280 px and stack at 390 px', async ({ page }) => {
  for (const [width, sideBySide] of [
    [1280, true],
    [390, false],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/compare?theme=taiwan-strait');
    const first = (await column(page, '2021-03-16').boundingBox())!;
    const second = (await column(page, '2021-04-16').boundingBox())!;
    expect(second.x > first.x, `side by side at ${width}px`).toBe(sideBySide);
    expect(second.y > first.y, `stacked at ${width}px`).toBe(!sideBySide);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, `no page-wide scroll at ${width}px`).toBeLessThanOrEqual(width);
  }
});

test('switching the baseline changes the marks and the permalink', async ({ page }) => {
  await page.goto(`/compare?theme=taiwan-strait&events=${SEED},${JUNE_2023},${OCTOBER_2023}`);
  const last = column(page, '2023-10-04');
  await expect(last.getByRole('region', { name: 'Changes from 1 June 2023' })).toBeVisible();
  const before = await last.locator('ins, del').allInnerTexts();

  await page
    .getByRole('combobox', { name: 'Compare against' })
    .selectOption({ label: 'baseline: 4 May 2022, Japan-U.S. Defense Ministerial Meeting' });
  await expect(page).toHaveURL(new RegExp(`baseline=${SEED}`));
  const changes = last.getByRole('region', { name: 'Changes from 4 May 2022' });
  await expect(changes).toBeVisible();
  const after = await changes.locator('ins, del').allInnerTexts();
  expect(after).not.toEqual(before);
  // Against the seed, 4 October 2023 keeps "of" and drops the seed's "also reiterated".
  await expect(changes.locator('del').filter({ hasText: 'reiterated' })).toHaveCount(1);
  await expect(column(page, '2022-05-04')).toContainText('Baseline');

  await page.getByRole('radio', { name: 'Inline redline' }).check();
  await expect(page).toHaveURL(/view=inline/);
  await page.getByRole('checkbox', { name: 'Ignore punctuation and case' }).check();
  await expect(page).toHaveURL(/ignore=case,punctuation/);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Inline redline' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Compare against' })).toHaveValue(SEED);
});

test('the event picker narrows the comparison by title or date', async ({ page }) => {
  await page.goto('/compare?theme=taiwan-strait');
  // Every event on the theme is shown until the picker narrows them: "Events (n of n)".
  await page.getByText(/^Events \((\d+) of \1\)$/).click();
  await page.getByRole('searchbox', { name: 'Find events by title or date' }).fill('2021');
  const events = page.getByRole('list', { name: 'Events on this theme' });
  await expect(events.getByRole('checkbox', { name: /16 April 2021/ })).toBeVisible();
  await expect(events.getByRole('checkbox', { name: /4 May 2022/ })).toHaveCount(0);
  const offered = await events.getByRole('listitem').allInnerTexts();
  expect(offered.filter((text) => !text.includes('2021'))).toEqual([]);
  await events.getByRole('checkbox', { name: /16 April 2021/ }).uncheck();
  await expect(page).toHaveURL(/events=/);
  expect(await columnDates(page)).not.toContain('16 April 2021');
});

test('a search hit opens its statement', async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Words' }).fill('peace and stability of');
  await page.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Joint' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=peace\+and\+stability\+of/);
  const hits = page.getByRole('list', { name: 'Statements found' });
  const hit = hits.getByRole('listitem').filter({ hasText: '4 May 2022' }).filter({
    hasText: 'Taiwan Strait',
  });
  await expect(hit.locator('mark')).toHaveText('peace and stability of');
  await hit.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/events/${SEED}#${SEED}-s\\d+$`));
  const id = new URL(page.url()).hash.slice(1);
  const statement = page.locator(`[id="${id}"]`);
  await expect(statement).toContainText('peace and stability of the Taiwan Strait');
  await expect(statement).toBeInViewport();
});

test('the comparison and search pages have no serious accessibility violations', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const url of ['/compare?theme=taiwan-strait', '/search?q=Taiwan', '/compare']) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${url}: ${v.id}: ${v.help}`)).toEqual([]);
  }
  await context.close();
});

test('"Earlier meetings" adds the meetings before the most recent, and the permalink keeps them', async ({
  page,
}) => {
  // The bundled corpus holds more meetings on maritime China than a comparison shows at first.
  await page.goto('/compare?theme=china-maritime');
  const shown = await columnDates(page);
  await page.getByRole('link', { name: 'Earlier meetings' }).click();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
  await expect.poll(async () => (await columnDates(page)).length).toBeGreaterThan(shown.length);
  const more = await columnDates(page);
  expect(more.slice(-shown.length)).toEqual(shown);
  await expect(page.getByRole('link', { name: 'Permalink to this comparison' })).toHaveAttribute(
    'href',
    /[?&]from=\d{4}-\d{2}-\d{2}/,
  );
  await page.reload();
  expect(await columnDates(page)).toEqual(more);
});
