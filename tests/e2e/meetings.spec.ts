import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const SEED = '2022-05-04-defense-ministerial';
const JANUARY_2022 = '2022-01-07-security-consultative-committee';
const SEED_NAME = 'Kishi-Austin, U.S. Department of Defense, 4 May 2022';
const JANUARY_NAME = '2+2 virtual 2022, 7 January 2022';
const COMPARISON = `/compare/meetings?a=${SEED}&b=${JANUARY_2022}`;

test('the event panel names the speakers of the seed meeting', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByText(/^Austin,?\s*U\.S\.$/).first()).toBeVisible();
  await expect(panel.getByText(/^Kishi,?\s*Japan$/).first()).toBeVisible();
  await expect(panel.getByText('Both ministers').first()).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Compare with…' })).toHaveAttribute(
    'href',
    `/compare/meetings?a=${SEED}`,
  );
});

test('the seed compared with the January 2022 “2+2” shows the themes only one of them raised', async ({
  page,
}) => {
  await page.goto(`/events/${SEED}`);
  await page.getByText('Compare with…').click();
  await page.getByRole('searchbox', { name: 'Find a meeting' }).fill('2+2 2022');
  const choices = page.getByRole('list', { name: 'Meetings to compare with' });
  await choices.getByRole('link', { name: JANUARY_NAME }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/meetings\\?a=${SEED}&b=${JANUARY_2022}$`));

  const onlySeed = page.getByRole('region', { name: `Raised only at ${SEED_NAME}` });
  await expect(onlySeed.getByRole('heading', { level: 3, name: 'Ukraine' })).toBeVisible();
  const onlyJanuary = page.getByRole('region', { name: `Raised only at ${JANUARY_NAME}` });
  await expect(onlyJanuary.getByRole('heading', { level: 3, name: 'Space' })).toBeVisible();
  await expect(onlyJanuary.getByRole('heading', { name: 'Ukraine' })).toHaveCount(0);

  const changes = page.getByRole('region', {
    name: 'Changes on Taiwan Strait from Kishi-Austin, U.S. Department of Defense to 2+2 virtual 2022',
  });
  await expect(changes.locator('ins, del').first()).toBeVisible();
});

test('the comparison is in the page without its script, and in the API', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(COMPARISON);
  await expect(
    page
      .getByRole('region', { name: `Raised only at ${SEED_NAME}` })
      .getByRole('heading', { name: 'Ukraine' }),
  ).toBeVisible();
  await context.close();

  const answer = await request.get(`/api/compare/meetings?a=${SEED}&b=${JANUARY_2022}`);
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body.onlyA.map((item: { theme: string }) => item.theme)).toContain('ukraine');
  const unknown = await request.get(`/api/compare/meetings?a=${SEED}&b=no-such-meeting`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatchObject({ code: 'not_found', param: 'b' });
});

test('the meeting comparison has no accessibility violations, light or dark', async ({
  browser,
}) => {
  // Four pages of many statements each: axe takes its time over each on a shared machine.
  test.setTimeout(180_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const url of [COMPARISON, `/compare/meetings?a=${SEED}`]) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${url} ${v.id}: ${v.help}`)).toEqual([]);
      await context.close();
    }
  }
});

test('an unknown meeting in the link is named, and the page offers the meetings to choose from', async ({
  page,
}) => {
  await page.goto(`/compare/meetings?a=${SEED}&b=no-such-meeting`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'This comparison cannot be shown' }),
  ).toContainText('no event has the id "no-such-meeting"');
  await page
    .getByRole('list', { name: 'Meetings to compare with' })
    .getByRole('link', { name: JANUARY_NAME })
    .click();
  await expect(page).toHaveURL(new RegExp(`\\?a=${SEED}&b=${JANUARY_2022}$`));
});
