import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './timeline-page';
import { untranslatedTextOf } from './untranslated';

/** The timeline's parts: its block (toolbar, marks, card, overview) and the list view's table. */
const TIMELINE_REGION = '.timeline-block, .event-table';

/** The timeline on a Japanese page, as a person finds it. */
function timelineJa(page: Page) {
  return page.getByRole('group', { name: /^会談のタイムライン/ });
}

test.use({ locale: 'ja-JP' });

for (const path of ['/ja', '/ja?themes=taiwan-strait', '/ja?lanes=themes&themes=taiwan-strait'])
  test(`the timeline at ${path} has no English left, its list view neither, and axe finds nothing`, async ({
    page,
  }) => {
    await open(page, path);
    await page.getByRole('button', { name: '一覧表示' }).click();
    await expect(page.getByRole('table', { name: /^表示範囲の会談：\d+件/ })).toBeVisible();
    const options = { japaneseDates: true, within: TIMELINE_REGION };
    expect(await untranslatedTextOf(page, [], options)).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('.timeline-block').include('.event-table');
    expect((await axe.analyze()).violations).toEqual([]);
  });

test('the timeline in Japanese: its toolbar, lanes, marks, axis and overview', async ({ page }) => {
  await open(page, '/ja');
  const toolbar = page.getByRole('toolbar', { name: 'タイムラインの操作' });
  for (const name of ['拡大', '縮小', '初期表示', '全期間', '画像を保存'])
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(toolbar.getByText('2021年1月1日 – 2023年12月31日')).toBeVisible();
  for (const name of ['首脳会談', '「2+2」', '防衛相会談', '電話会談', '節目・記念日'])
    await expect(timelineJa(page).getByRole('group', { name, exact: true })).toBeAttached();
  const seed = timelineJa(page).getByRole('button', { name: '2022年5月4日: 日米防衛相会談' });
  await expect(seed).toHaveAttribute('aria-current', 'true');
  await expect(seed).toContainText('岸・オースティン会談');
  await expect(page.getByRole('slider', { name: '全期間のうち表示中の範囲' })).toHaveAttribute(
    'aria-valuetext',
    '2021年1月1日から2023年12月31日',
  );
});

test('a mark’s card and a cluster’s name are in Japanese', async ({ page }) => {
  await open(page, '/ja?event=');
  await timelineJa(page).getByRole('button', { name: '2022年5月4日: 日米防衛相会談' }).focus();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('2022年5月4日');
  await expect(card).toContainText('日米防衛相会談');
  await expect(card.getByRole('list', { name: 'テーマ' })).toBeVisible();
  await page
    .getByRole('toolbar', { name: 'タイムラインの操作' })
    .getByRole('button', { name: '全期間' })
    .click();
  const cluster = timelineJa(page)
    .getByRole('button', { name: /^\d{4}年\d+月\d+日から\d{4}年\d+月\d+日までの\d+件。/ })
    .first();
  await expect(cluster).toBeVisible();
  await expect(cluster).toContainText(/件$/);
});

test('the first view the server draws and the SVG download are in Japanese', async ({ page }) => {
  const html = await (await page.request.get('/ja?from=2021-01-01&to=2023-12-31')).text();
  expect(html).toContain('>電話会談</text>');
  expect(html).toContain('>2022年</text>');
  expect(html).not.toContain('TELEPHONE CALLS');
  await open(page, '/ja?event=2022-05-04-defense-ministerial');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'ベクター画像を保存' }).click(),
  ]);
  const text = Buffer.concat(await (await svg.createReadStream()).toArray()).toString('utf8');
  expect(text).toContain('防衛相会談');
  expect(text).toContain('2022年');
  expect(text).toContain('岸・オースティン会談');
  expect(text).not.toContain('DEFENSE MINISTERIALS');
});
