import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { themeLabelsOf, untranslatedTextOf } from './untranslated';

const READOUT = readFileSync(
  path.join(__dirname, '..', 'fixtures', 'readouts', 'ministerial-talks.txt'),
  'utf8',
);

test.use({ locale: 'ja-JP' });

async function expectJapaneseOnly(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The title is set again as the page changes view: wait for it before reading the page.
  await expect(page).toHaveTitle(/\S/);
  expect(await untranslatedTextOf(page, await themeLabelsOf(page))).toEqual([]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

/** The page's own alert (Next's route announcer is one too, and empty). */
function formError(page: Page) {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

async function enterToken(page: Page, token: string) {
  await page.goto('/ja/documents/new');
  await page.getByLabel('書き込みトークン').fill(token);
  await page.getByRole('button', { name: '続ける' }).click();
}

test('/ja/documents/new asks for the token in Japanese and refuses a wrong one in Japanese', async ({
  page,
}) => {
  await page.goto('/ja/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: '文書を追加' })).toBeVisible();
  await expectJapaneseOnly(page);
  await enterToken(page, 'not-the-token');
  await expect(formError(page)).toHaveText('トークンが正しくありません。');
  await expectJapaneseOnly(page);
});

test('/ja/documents/new reads a document, shows its errors and its review in Japanese', async ({
  page,
}) => {
  await enterToken(page, E2E_TOKEN);
  const read = page.getByRole('button', { name: '文書を読み取る' });
  await expectJapaneseOnly(page);

  // The API's English error is worded in Japanese, naming the field.
  await read.click();
  await expect(formError(page)).toHaveText(
    '本文：本文を読み取れませんでした。公表されたとおりの本文を貼り付けてください。',
  );
  await expect(page.getByLabel('会談概要の本文')).toBeFocused();
  await expectJapaneseOnly(page);

  await page.getByRole('radio', { name: 'ファイルをアップロード' }).check();
  await read.click();
  await expect(formError(page)).toHaveText('ファイル：読み取るファイルを選んでください。');

  await page.getByRole('radio', { name: 'URLから読み取る' }).check();
  await expectJapaneseOnly(page);
  await page.getByRole('radio', { name: '本文を貼り付ける' }).check();
  await page.getByLabel('会談概要の本文').fill(READOUT);
  await read.click();
  const review = page.getByRole('form', { name: '読み取り結果' });
  await expect(review.getByRole('heading', { name: '読み取り結果' })).toBeFocused();
  await expect(
    review.getByText('本文から「種類」が見つかりませんでした。入力してください。'),
  ).toBeVisible();
  await review.getByText('発言1のテーマ：').click();
  await expectJapaneseOnly(page);
});
