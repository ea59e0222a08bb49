// npm run screenshots -- [BASE_URL_OF_RUNNING_SERVER] [OUT_DIR]: screenshots of the main pages at
// 1280 and 390 px wide, light and dark, in Debian's Chromium.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const origin = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = path.resolve(process.argv[3] ?? 'screenshots');
const pages = (process.env.PAGES ?? '/,/events/2022-05-04-defense-ministerial').split(',');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const width of [1280, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    for (const route of pages) {
      await page.goto(new URL(route, origin).href, { waitUntil: 'networkidle' });
      const name = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: path.join(out, `${name}-${width}-${colorScheme}.png`) });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
