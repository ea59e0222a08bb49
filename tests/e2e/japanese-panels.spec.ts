import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.use({ locale: 'ja-JP' });

/** The dashboard's matrix, by its Japanese name. */
function dashboardMatrix(page: Page) {
  return page.getByRole('grid', { name: 'この期間における各テーマの推移' });
}

test('the dashboard’s theme filter and matrix speak Japanese at /ja', async ({ page }) => {
  await page.goto('/ja?from=2022-01-01&to=2022-12-31');
  const summary = page.getByText('テーマで絞り込む：すべての会談');
  await summary.click();
  await page.getByRole('checkbox', { name: /^台湾海峡/ }).check();
  await expect(page).toHaveURL(/\/ja\?from=2022-01-01&to=2022-12-31&themes=taiwan-strait$/);
  await expect(page.getByText('テーマで絞り込む：台湾海峡（いずれか）')).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: '適用中のテーマ' })
      .getByRole('button', { name: '台湾海峡を外す' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '沖縄のみ' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '選んだテーマをすべて含む' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'テーマ別レーン' })).toBeVisible();

  const matrix = dashboardMatrix(page);
  await matrix.scrollIntoViewIfNeeded();
  const row = matrix.getByRole('row', { name: /^台湾海峡/ });
  await expect(row.getByRole('link', { name: '台湾海峡' })).toHaveAttribute(
    'href',
    '/ja/themes/taiwan-strait',
  );
  const seed = matrix.getByRole('columnheader', { name: /岸・オースティン会談（米国防総省）/ });
  await expect(seed).toHaveAttribute('title', /2022年5月4日/);
  await expect(row.getByRole('gridcell', { name: /初出/ })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: '行の並び順' })).toHaveValue('first-seen');
  await expect(page.getByRole('list', { name: '凡例' })).toContainText('濃いほど発言が多い');

  const axe = await new AxeBuilder({ page })
    .include('.dashboard-controls')
    .include('.matrix')
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('a cell’s tooltip on /ja/themes names the theme, the meeting and its date in Japanese', async ({
  page,
}) => {
  await page.goto('/ja/themes?themes=taiwan-strait&from=2022-05-01&to=2022-05-31');
  const matrix = page.getByRole('grid', { name: '各テーマの推移' });
  const cell = matrix
    .getByRole('row', { name: /^台湾海峡/ })
    .getByRole('gridcell')
    .nth(1);
  await cell.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('日米防衛相会談（2022年5月4日）での台湾海峡');
  await expect(tip).toContainText(/発言\d+件（初出/);
  await expect(tip).toContainText('最初の発言：「');
});

test('the matrix download from /ja/themes comes with Japanese headings and theme labels', async ({
  page,
}) => {
  await page.goto('/ja/themes?themes=taiwan-strait');
  const link = page.getByRole('link', { name: 'マトリクスをダウンロード（CSV）' });
  await expect(link).toHaveAttribute('href', '/api/export/matrix?themes=taiwan-strait&lang=ja');
  const csv = await (await page.request.get((await link.getAttribute('href'))!)).text();
  const [header, row] = csv.split('\r\n');
  expect(header).toMatch(/^テーマ識別子,テーマ,発言数,会談数,初出,最新,/);
  expect(row).toMatch(/^taiwan-strait,台湾海峡,/);
});
