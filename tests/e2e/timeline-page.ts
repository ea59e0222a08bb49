import type { Page } from '@playwright/test';

/** The seed meeting's mark, by its accessible name. */
export const SEED = '4 May 2022: Japan-U.S. Defense Ministerial Meeting';

/** Opens a page and waits until the interactive timeline has drawn (its first view is static). */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length > 0);
}

/** The timeline, as a person finds it: the group named for it. */
export function timeline(page: Page) {
  return page.getByRole('group', { name: /^Timeline of events/ });
}
