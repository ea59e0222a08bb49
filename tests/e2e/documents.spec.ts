import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

const READOUT = readFileSync(
  path.join(__dirname, '..', 'fixtures', 'readouts', 'ministerial-talks.txt'),
  'utf8',
);
const TITLE = 'Japan-U.S. Ministerial Talks';

async function enterToken(page: Page, token: string) {
  await page.goto('/documents/new');
  await page.getByLabel('Write token').fill(token);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('without the token, the add page asks for it and refuses a wrong one', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Add a document' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
  await expect(page.getByLabel('Text of the readout')).toHaveCount(0);
  await enterToken(page, 'not-the-token');
  await expect(page.getByRole('alert').filter({ hasText: 'the token is not valid' })).toBeVisible();
  const response = await page.request.post('/api/documents', {
    data: { text: READOUT, source: { url: 'https://www.mod.go.jp/x', publisher: 'MOD' } },
  });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.message).toMatch(/needs the token/);
});

test('a person pastes a readout, corrects its kind and a theme, saves, and finds it everywhere', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await enterToken(page, E2E_TOKEN);
  await page.getByLabel('Text of the readout').fill(READOUT);
  await page.getByLabel('Official URL').fill('https://www.mod.go.jp/en/article/2023/09/talks.html');
  await page.getByLabel('Publisher').fill('Ministry of Defense');
  await page.getByRole('button', { name: 'Read the document' }).click();

  const review = page.getByRole('form', { name: 'What the reader made of it' });
  await expect(review.getByRole('heading', { name: 'What the reader made of it' })).toBeFocused();
  await expect(review.getByLabel('Title')).toHaveValue(TITLE);
  await expect(review.getByLabel('Date at the venue')).toHaveValue('2023-09-14');
  // The title does not say what kind of meeting it was: flagged, not guessed.
  await expect(review.getByText('The reader found no kind in the text: give it.')).toBeVisible();
  await expect(review.getByLabel('Kind')).toHaveValue('');
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).toMatchObject({
    violations: [],
  });

  await review.getByLabel('Kind').selectOption({ label: 'Defense ministerial' });
  const training = review
    .getByRole('listitem')
    .filter({ hasText: 'joint training in the southwest' });
  await training.getByText('Themes of statement 6:').click();
  await training.getByRole('checkbox', { name: 'Alliance capabilities' }).check();
  await expect(review.getByText('Corrected')).toHaveCount(1);
  await review.getByRole('button', { name: 'Save and show it on the timeline' }).click();

  await expect(page).toHaveURL(/event=2023-09-14-defense-ministerial/);
  const panel = page.getByRole('complementary', { name: 'Selected event' });
  await expect(panel.getByRole('heading', { name: TITLE })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length > 0);
  await expect(
    page
      .getByRole('group', { name: /^Timeline of events/ })
      .getByRole('button', { name: new RegExp(`^14 Sep\\w* 2023: ${TITLE}`) }),
  ).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: new RegExp(TITLE) })).toHaveCount(1);

  await page.goto('/events/2023-09-14-defense-ministerial');
  const corrected = page
    .getByRole('listitem')
    .filter({ hasText: 'joint training in the southwest islands' });
  await expect(corrected.getByText('Themes set by a person')).toBeVisible();

  await page.goto('/compare?theme=taiwan-strait');
  const column = page.getByRole('article', { name: TITLE });
  await expect(column).toContainText('Official text');
  await page.getByRole('checkbox', { name: 'Official texts only' }).check();
  await expect(page).toHaveURL(/official=1/);
  const columns = page.getByRole('list', { name: 'Meetings in date order' }).getByRole('article');
  await expect(columns).not.toHaveCount(0);
  for (const shown of await columns.all()) await expect(shown).toContainText('Official text');
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
  await context.close();
});
