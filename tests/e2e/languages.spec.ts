import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { themeLabelsOf, untranslatedTextOf } from './untranslated';

/**
 * The Japanese pages the interface is translated on; the others join as they are translated.
 * `japaneseData`: the page shows theme labels, event titles (where given) and dates in Japanese,
 * so English theme labels and `<time>` are no longer excepted on it.
 */
const JAPANESE_PAGES: { path: string; japaneseData?: boolean }[] = [
  { path: '/ja/search', japaneseData: true },
  { path: '/ja/search?q=Taiwan', japaneseData: true },
  { path: '/ja/search?q=Taiwan&speaker=nobody', japaneseData: true },
  { path: '/ja/no-such-page' },
  { path: '/ja/themes/taiwan-strait', japaneseData: true },
  { path: '/ja/themes/taiwan-strait?page=2', japaneseData: true },
  { path: '/ja/themes', japaneseData: true },
  { path: '/ja/themes?themes=taiwan-strait', japaneseData: true },
  { path: '/ja/themes?themes=taiwan-strait,okinawa&match=all&sort=name', japaneseData: true },
  { path: '/ja/themes?themes=no-such-theme&from=2022-01-01&to=2022-12-31', japaneseData: true },
  { path: '/ja/compare/meetings', japaneseData: true },
  { path: '/ja/compare/meetings?a=2022-05-04-defense-ministerial', japaneseData: true },
  { path: '/ja/compare/meetings?a=no-such-meeting', japaneseData: true },
  {
    path: '/ja/compare/meetings?a=2022-05-04-defense-ministerial&b=2021-03-16-security-consultative-committee',
    japaneseData: true,
  },
  { path: '/ja/compare', japaneseData: true },
  { path: '/ja/compare?theme=taiwan-strait', japaneseData: true },
  {
    path: '/ja/compare?theme=taiwan-strait&events=2022-01-21-leaders-video-summit,2022-05-04-defense-ministerial',
    japaneseData: true,
  },
  {
    path: '/ja/compare?theme=taiwan-strait&view=inline&baseline=no-such-meeting',
    japaneseData: true,
  },
  { path: '/ja/compare?theme=atlantis', japaneseData: true },
  { path: '/ja/compare/languages', japaneseData: true },
  { path: '/ja/compare/languages?event=2022-05-04-defense-ministerial', japaneseData: true },
  // The dashboard: the timeline, the filter, the matrix and the selected event's panel.
  { path: '/ja', japaneseData: true },
  { path: '/ja?themes=taiwan-strait&lanes=themes', japaneseData: true },
  { path: '/ja?event=2022-05-04-defense-ministerial', japaneseData: true },
  // An event's page: an official text, then a summary backed by news reports alone.
  { path: '/ja/events/2022-05-04-defense-ministerial', japaneseData: true },
  { path: '/ja/events/2022-05-04-defense-ministerial?theme=taiwan-strait', japaneseData: true },
  { path: '/ja/events/2025-01-31-telecon', japaneseData: true },
];

test.describe('read in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  for (const { path, japaneseData = false } of JAPANESE_PAGES)
    test(`${path} has no English left in its interface, and axe finds nothing`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('navigation', { name: 'メイン' })).toBeVisible();
      // The words searched for are the person's, shown as typed.
      const searched = new URL(page.url()).searchParams.getAll('q');
      const data = japaneseData ? searched : [...(await themeLabelsOf(page)), ...searched];
      expect(await untranslatedTextOf(page, data, { japaneseDates: japaneseData })).toEqual([]);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

  test('a search in Japanese finds statements and links to them in Japanese', async ({ page }) => {
    await page.goto('/ja/search');
    await page.getByLabel('語句').fill('Taiwan');
    await page.getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL(/\/ja\/search\?q=Taiwan/);
    const found = page.getByRole('list', { name: '見つかった発言' }).getByRole('listitem');
    await expect(found.first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('「Taiwan」を含む発言');
    await found.first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/ja\/events\/[^/]+#/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('the header’s links stay in Japanese', async ({ page }) => {
    await page.goto('/ja/search');
    const nav = page.getByRole('navigation', { name: 'メイン' });
    await expect(nav.getByRole('link', { name: 'タイムライン' })).toHaveAttribute('href', '/ja');
    await expect(nav.getByRole('link', { name: '検索' })).toHaveAttribute('href', '/ja/search');
    await expect(nav.getByRole('link', { name: 'テーマ' })).toHaveAttribute('href', '/ja/themes');
  });

  test('a page in English offers Japanese, and the answer is kept', async ({ page }) => {
    await page.goto('/search?q=Taiwan');
    const offer = page.getByRole('complementary', {
      name: 'このページは日本語でもご覧いただけます。',
    });
    await offer.getByRole('button', { name: 'このまま表示' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Search the statements' }),
    ).toBeVisible();
    await expect(offer).toHaveCount(0);
  });

  test('accepting the offer shows the same view in Japanese', async ({ page }) => {
    await page.goto('/search?q=Taiwan');
    await page.getByRole('link', { name: '日本語で表示' }).click();
    await expect(page).toHaveURL(/\/ja\/search\?q=Taiwan$/);
    await expect(page.getByRole('heading', { level: 1, name: '発言を検索' })).toBeVisible();
  });
});

test.describe('switch the language', () => {
  async function switchTo(page: Page, name: string) {
    await page.getByRole('banner').getByRole('link', { name, exact: true }).click();
  }

  test('the switch keeps the search and its filters', async ({ page }) => {
    await page.goto('/search?q=Taiwan&themes=taiwan-strait&speaker=japan');
    await switchTo(page, '日本語');
    await expect(page).toHaveURL(/\/ja\/search\?q=Taiwan&themes=taiwan-strait&speaker=japan$/);
    await expect(page.getByRole('heading', { level: 1, name: '発言を検索' })).toBeVisible();
    await expect(page.getByLabel('発言者')).toHaveValue('japan');
    await switchTo(page, 'English');
    await expect(page).toHaveURL(/\/search\?q=Taiwan&themes=taiwan-strait&speaker=japan$/);
    expect(new URL(page.url()).pathname).toBe('/search');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Search the statements' }),
    ).toBeVisible();
  });

  test('the switch keeps the timeline’s window, filter and event', async ({ page }) => {
    const view =
      '?from=2021-01-01&to=2023-12-31&themes=taiwan-strait&event=2022-05-04-defense-ministerial';
    await page.goto(`/${view}`);
    await switchTo(page, '日本語');
    await expect(page).toHaveURL((url) => url.pathname === '/ja' && url.search === view);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await switchTo(page, 'English');
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === view);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('an English browser is offered nothing on an English page', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });
});
