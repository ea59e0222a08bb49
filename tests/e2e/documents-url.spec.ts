import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PAGES_PORT, E2E_TOKEN } from '../../playwright.config';
import { startPageServer, type PageServer } from '../lib/fetch/page-server';

const readout = (name: string) =>
  readFileSync(path.join(__dirname, '..', 'fixtures', 'readouts', name), 'utf8');
const TELECON = readout('mofa-telecon.txt');
const US_READOUT = readout('us-style-readout.txt');

let pages: PageServer;
test.beforeAll(async () => {
  pages = await startPageServer(
    { '/telecon.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: TELECON } },
    E2E_PAGES_PORT,
  );
});
test.afterAll(() => pages.close());

async function openAddPage(page: Page) {
  await page.goto('/documents/new');
  await page.getByLabel('Write token').fill(E2E_TOKEN);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a person reads a readout from its page’s URL, and the page is its source', async ({
  page,
}) => {
  await openAddPage(page);
  await page.getByRole('radio', { name: 'Read from a URL' }).check();
  const pageUrl = `${pages.origin}/telecon.txt`;
  await page.getByRole('textbox', { name: 'Page URL' }).fill(pageUrl);
  await page.getByRole('button', { name: 'Read the document' }).click();

  const review = page.getByRole('form', { name: 'What the reader made of it' });
  await expect(review.getByLabel('Title')).toHaveValue(
    "Japan-U.S. Defense Ministers' Telephone Talk",
  );
  await expect(page.getByRole('textbox', { name: 'Official URL' })).toHaveValue(pageUrl);
  await expect(page.getByRole('textbox', { name: 'Publisher' })).toHaveValue(
    'Ministry of Defense, Japan',
  );
});

test('a page from a host that is not an official one is refused with the reason', async ({
  page,
}) => {
  await openAddPage(page);
  await page.getByRole('radio', { name: 'Read from a URL' }).check();
  await page.getByRole('textbox', { name: 'Page URL' }).fill('https://example.com/readout');
  await page.getByRole('button', { name: 'Read the document' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'url: host not allowed: example.com' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Page URL' })).toBeFocused();
});

test('a person uploads a readout as a file and saves it', async ({ page }) => {
  await openAddPage(page);
  await page.getByRole('radio', { name: 'Upload a file' }).check();
  await page.getByLabel('File (.txt, .html or .pdf)').setInputFiles({
    name: 'readout.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(US_READOUT),
  });
  await page
    .getByRole('textbox', { name: 'Official URL' })
    .fill('https://www.defense.gov/News/Releases/Release/Article/0000001/readout/');
  await page.getByRole('textbox', { name: 'Publisher' }).fill('U.S. Department of Defense');
  await page.getByRole('button', { name: 'Read the document' }).click();

  const review = page.getByRole('form', { name: 'What the reader made of it' });
  await expect(review.getByLabel('Date at the venue')).toHaveValue('2023-01-12');
  await review.getByRole('button', { name: 'Save and show it on the timeline' }).click();
  await expect(page).toHaveURL(/event=2023-01-12-/);
});
