import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a person opens the seed meeting from the list and reads its statements', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Events in date order' });
  await expect(
    list.getByRole('link', { name: 'Japan-U.S. Defense Ministerial Meeting' }).first(),
  ).toBeVisible();
  const seed = list.getByRole('listitem').filter({ hasText: '4 May 2022' });
  await seed.getByRole('link', { name: 'Japan-U.S. Defense Ministerial Meeting' }).click();

  await expect(page).toHaveURL(/\/events\/2022-05-04-defense-ministerial$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Japan-U.S. Defense Ministerial Meeting' }),
  ).toBeVisible();
  await expect(page.getByText('4 May 2022', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Provenance' })).toContainText(
    'Official text',
  );
  await expect(page.getByRole('link', { name: /Ministry of Defense/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.mod\.go\.jp\//,
  );

  const regional = page.getByRole('region', { name: 'Regional affairs' });
  await expect(regional.getByRole('heading', { name: 'Regional affairs' })).toBeVisible();
  const senkaku = regional
    .getByRole('listitem')
    .filter({ hasText: 'Secretary also expressed his opposition' });
  await expect(senkaku.getByRole('list', { name: 'Statement themes' })).toHaveText(
    /Senkaku Islands/,
  );
  await expect(senkaku).toContainText('U.S.');
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
