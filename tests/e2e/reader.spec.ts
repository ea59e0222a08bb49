import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a person opens the seed meeting from the dashboard and reads its statements', async ({
  page,
}) => {
  await page.goto('/?event=');
  await page.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length > 0);
  const timeline = page.getByRole('group', { name: /^Timeline of events/ });
  await timeline
    .getByRole('button', { name: '4 May 2022: Japan-U.S. Defense Ministerial Meeting' })
    .click();

  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(
    panel.getByRole('heading', { name: 'Japan-U.S. Defense Ministerial Meeting' }),
  ).toBeVisible();
  await expect(panel.getByRole('complementary', { name: 'Provenance' })).toContainText(
    'Official text',
  );
  const senkaku = panel
    .getByRole('listitem')
    .filter({ hasText: 'Secretary also expressed his opposition' });
  await expect(senkaku.getByRole('list', { name: 'Statement themes' })).toHaveText(
    /Senkaku Islands/,
  );

  await panel.getByRole('link', { name: 'Open the full page' }).click();
  await expect(page).toHaveURL(/\/events\/2022-05-04-defense-ministerial$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Japan-U.S. Defense Ministerial Meeting' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Ministry of Defense/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.mod\.go\.jp\//,
  );
  const regional = page.getByRole('region', { name: 'Regional affairs' });
  const statements = regional.getByRole('listitem').filter({ has: page.getByRole('paragraph') });
  await expect(statements).toHaveCount(13);
  await expect(
    page.getByRole('link', { name: /Security Consultative Committee.*7 January 2022/ }),
  ).toBeVisible();
});

test('the event page has no serious accessibility violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/events/2022-05-04-defense-ministerial');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
});

test('an unknown event shows a not-found page, not an error', async ({ page }) => {
  const response = await page.goto('/events/2099-01-01-nothing');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
