import { expect, test, type Locator } from '@playwright/test';
import { open, SEED, timeline } from './timeline-page';

/** The marks and clusters in view, and how many of them carry a label's text. */
async function countLabelled(marks: Locator) {
  await expect(marks.first()).toBeVisible();
  const texts = (await marks.allTextContents()).map((text) => text.trim());
  return { marks: texts.length, labelled: texts.filter(Boolean).length };
}

test('at 1280 px the opening view labels at least 85% of its marks, the seed included', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/');
  const seed = timeline(page).getByRole('button', { name: SEED });
  await expect(seed).toHaveText(/^Kishi-Austin/);
  const { marks, labelled } = await countLabelled(timeline(page).getByRole('button'));
  test
    .info()
    .annotations.push({ type: 'labelled at 1280 px', description: `${labelled}/${marks}` });
  expect(marks).toBeGreaterThanOrEqual(15);
  expect(labelled / marks).toBeGreaterThanOrEqual(0.85);
});

test('at 390 px the selected event and at least half of the other marks are labelled', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  await expect(timeline(page).getByRole('button', { name: SEED })).not.toHaveText('');
  const { marks, labelled } = await countLabelled(timeline(page).getByRole('button'));
  test.info().annotations.push({ type: 'labelled at 390 px', description: `${labelled}/${marks}` });
  expect(labelled - 1).toBeGreaterThanOrEqual((marks - 1) / 2);
});

test('a cluster says what it holds', async ({ page }) => {
  await open(page, '/?from=1960-01-01&to=2026-12-31&event=');
  const clusters = timeline(page).getByRole('button', { name: /events from .* zoom in$/ });
  await expect(clusters.first()).toBeVisible();
  const texts = await clusters.allTextContents();
  expect(texts.some((text) => /^\d+ (calls|ministerials|summits|“2\+2”s|events)$/.test(text))).toBe(
    true,
  );
});

test('hovering a mark shows its card: both dates, title, participants and themes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/');
  await timeline(page).getByRole('button', { name: SEED }).hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('4 May 2022 · 5 May 2022 in Japan');
  await expect(card).toContainText('Japan-U.S. Defense Ministerial Meeting');
  await expect(card).toContainText('Kishi Nobuo, Lloyd J. Austin III');
  const themes = card.getByRole('list', { name: 'Themes' });
  await expect(themes).toContainText('Taiwan Strait');
  await expect(themes.getByRole('listitem').last()).toHaveText(/^and \d+ more$/);
  await expect(timeline(page).getByRole('button', { name: SEED })).toHaveAccessibleDescription(
    /Kishi Nobuo/,
  );
  // Escape closes the card, and only the card: the event panel stays open.
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Selected event' })).toBeVisible();
});

test('focusing a mark by keyboard shows its card, and the card takes no focus', async ({
  page,
}) => {
  await open(page, '/?event=');
  await timeline(page).getByRole('button', { name: SEED }).focus();
  await page.keyboard.press('ArrowRight');
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Ceremony Commemorating the 50th Anniversary');
  await expect(card).not.toContainText('4 May 2022');
  await page.keyboard.press('Tab');
  await expect(card).toHaveCount(0);
});

test('opening an event from its mark closes the card; Escape then closes the panel', async ({
  page,
}) => {
  await open(page, '/?event=');
  await timeline(page).getByRole('button', { name: SEED }).focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('the server-rendered first view draws the labels of the canvas’s layout', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route(/\/_next\/static\/chunks\//, (route) => route.abort());
  await page.goto('/');
  const labels = await page.locator('svg.first-view:visible text').allTextContents();
  // The seed's label, whole or shortened, and its neighbours'.
  expect(labels.some((text) => /^Kishi-Austin(,|$)/.test(text))).toBe(true);
  expect(labels).toContain('2+2 virtual 2022');
  await context.close();
});
