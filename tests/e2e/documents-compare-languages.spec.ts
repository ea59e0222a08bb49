import AxeBuilder from '@axe-core/playwright';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_CORPUS } from '../../playwright.config';
import { untranslatedTextOf } from './untranslated';

/** A bundled event that this spec gives a Japanese text, in a copy of the corpus only. */
const EVENT_ID = '2023-10-04-defense-ministerial';
const COMPANION = path.resolve(E2E_CORPUS, 'events', `${EVENT_ID}.ja.md`);

/**
 * A Japanese text in the Ministry of Defense's shape, written for this test (not the official
 * text): against the English it speaks of space, which the English does not, and leaves out
 * Ukraine; both speak of the Taiwan Strait and the Senkakus.
 */
const JAPANESE = `---
sources:
  - publisher: テスト用
    title: 比較のテストのために書いた防衛相会談の概要
    url: https://example.org/tests/${EVENT_ID}-ja
    language: ja
    kind: publisher
provenance: summary
---

木原防衛大臣とオースティン長官は、米国防総省で会談を行ったところ、概要次のとおり。

## 地域情勢

両大臣は、台湾海峡の平和と安定の重要性を改めて確認した。

オースティン長官は、尖閣諸島に日米安全保障条約第5条が適用されることを改めて表明した。

両大臣は、宇宙分野での協力を一層進めることで一致した。
`;

test.beforeAll(() => writeFileSync(COMPANION, JAPANESE));
test.afterAll(() => rmSync(COMPANION, { force: true }));

async function expectAxeClean(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

/** The theme's item on the page, found by its heading. */
function themeItem(page: Page, name: string) {
  return page
    .getByRole('list', { name: /^(Themes|テーマ)$/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

test('a meeting’s English and Japanese texts are set against each other theme by theme', async ({
  page,
}) => {
  await page.goto(`/compare/languages?event=${EVENT_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('English and Japanese');
  await expect(
    page
      .getByRole('note')
      .filter({ hasText: 'The Japanese text raises what the English leaves out' }),
  ).toContainText('Space');
  await expect(
    page
      .getByRole('note')
      .filter({ hasText: 'The English text raises what the Japanese leaves out' }),
  ).toContainText('Ukraine');

  const space = themeItem(page, 'Space');
  await expect(space.getByText('Only in the Japanese text')).toBeVisible();
  const row = space
    .getByRole('table', { name: /Statements on Space/ })
    .getByRole('row')
    .nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('Nothing on this theme here.');
  await expect(row.getByRole('cell').nth(1)).toContainText('宇宙分野での協力');

  const strait = themeItem(page, 'Taiwan Strait');
  await expect(strait.getByText('In both texts')).toBeVisible();
  const straitRow = strait.getByRole('row').nth(1);
  await expect(straitRow.getByRole('cell').nth(0)).toContainText('Taiwan Strait');
  await expect(straitRow.getByRole('cell').nth(1)).toContainText('台湾海峡の平和と安定');
  await expect(themeItem(page, 'Ukraine').getByText('Only in the English text')).toBeVisible();
  await expectAxeClean(page);
});

test('the comparison of the two texts reads in Japanese, with nothing left in English', async ({
  page,
}) => {
  await page.goto(`/ja/compare/languages?event=${EVENT_ID}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('英語と日本語');
  await expect(
    page.getByRole('note').filter({ hasText: '日本語の本文には、英語の本文にない論点があります' }),
  ).toContainText('宇宙');
  await expect(themeItem(page, '宇宙').getByText('日本語の本文のみ')).toBeVisible();
  expect(await untranslatedTextOf(page, [], { japaneseDates: true })).toEqual([]);
  await expectAxeClean(page);
});

test('the event page’s two texts link to their comparison, and the comparison page lists the meeting', async ({
  page,
}) => {
  await page.goto(`/events/${EVENT_ID}`);
  await page
    .getByRole('link', { name: 'Set the two texts against each other, theme by theme' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/compare/languages\\?event=${EVENT_ID}$`));

  await page.goto('/compare');
  await page.getByRole('link', { name: /English and the Japanese text of one meeting/ }).click();
  await expect(page).toHaveURL(/\/compare\/languages$/);
  const meetings = page.getByRole('list', { name: 'Meetings with a Japanese text' });
  await expect(
    meetings.getByRole('link', { name: 'Japan-U.S. Defense Ministerial Meeting' }),
  ).toHaveAttribute('href', `/compare/languages?event=${EVENT_ID}`);
  await expectAxeClean(page);
});

test('a meeting without a Japanese text says so, in either language', async ({ page }) => {
  await page.goto('/compare/languages?event=2022-05-04-defense-ministerial');
  await expect(
    page
      .getByRole('note')
      .filter({ hasText: 'The Japanese text of this meeting is not in the corpus' }),
  ).toBeVisible();
  await expectAxeClean(page);
  await page.goto('/ja/compare/languages?event=2022-05-04-defense-ministerial');
  await expect(
    page.getByRole('note').filter({ hasText: 'この会談の日本語の本文はコーパスにない' }),
  ).toBeVisible();
  await expectAxeClean(page);
});

test('an unknown meeting is named in a problem, and the API answers it with a 404', async ({
  page,
}) => {
  await page.goto('/compare/languages?event=no-such-meeting');
  await expect(
    page.getByRole('alert').filter({ hasText: 'This comparison cannot be shown' }),
  ).toContainText('no event has the id "no-such-meeting"');
  const response = await page.request.get('/api/compare/languages?event=no-such-meeting');
  expect(response.status()).toBe(404);
  expect(await response.json()).toMatchObject({ error: { param: 'event' } });
});
