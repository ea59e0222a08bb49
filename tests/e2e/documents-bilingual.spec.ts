import AxeBuilder from '@axe-core/playwright';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_CORPUS } from '../../playwright.config';

/** A bundled event that this spec gives a Japanese text, in a copy of the corpus only. */
const EVENT_ID = '2023-06-01-defense-ministerial';
const COMPANION = path.resolve(E2E_CORPUS, 'events', `${EVENT_ID}.ja.md`);

/**
 * A Japanese text in the Ministry of Defense's shape, written for this test (not the official
 * text): its sections follow the English, and its first section raises one theme more (尖閣).
 */
const JAPANESE = `---
sources:
  - publisher: テスト用
    title: テストのために書いた防衛相会談の概要
    url: https://example.org/tests/${EVENT_ID}-ja
    language: ja
    kind: publisher
provenance: summary
---

浜田防衛大臣とオースティン長官は、東京で会談を行ったところ、概要次のとおり。

## 地域情勢

両大臣は、台湾海峡の平和と安定の重要性を改めて確認した。

オースティン長官は、尖閣諸島に日米安全保障条約第5条が適用されることを改めて表明した。

## 日米防衛協力

両大臣は、同盟の抑止力・対処力を強化するための取組を確認した。

## 在日米軍再編

両大臣は、在日米軍再編を着実に進めることで一致した。
`;

test.beforeAll(() => writeFileSync(COMPANION, JAPANESE));
test.afterAll(() => rmSync(COMPANION, { force: true }));

test('the event page sets the English and Japanese texts side by side by section', async ({
  page,
}) => {
  await page.goto(`/events/${EVENT_ID}`);
  const table = page.getByRole('table', { name: /English and Japanese texts, section by section/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Japanese/ })).toBeVisible();
  const regional = table.getByRole('row').filter({ hasText: '地域情勢' });
  await expect(regional.getByRole('heading', { name: 'Regional affairs' })).toBeVisible();
  await expect(regional.getByText('Only in the Japanese: Senkaku Islands')).toBeVisible();
  await expect(
    page
      .getByRole('note')
      .filter({ hasText: 'The Japanese text raises what the English leaves out' }),
  ).toContainText('Senkaku Islands');
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).toMatchObject({
    violations: [],
  });
});

test('the seed meeting says that its Japanese text is not in the corpus, and gives its facts in Japanese', async ({
  page,
}) => {
  await page.goto('/events/2022-05-04-defense-ministerial');
  await expect(
    page
      .getByRole('note')
      .filter({ hasText: 'The Japanese text of this meeting is not in the corpus' }),
  ).toBeVisible();
  const facts = page.getByRole('definition').filter({ hasText: '令和4年5月5日' });
  await expect(facts).toHaveText('令和4年5月5日（2022年5月5日）、現地時間2022年5月4日');
  await expect(page.getByRole('definition').filter({ hasText: '日米防衛相会談' })).toBeVisible();
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).toMatchObject({
    violations: [],
  });
});
