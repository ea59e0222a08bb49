import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * First-load JavaScript budget of the dashboard, gzip, summed over the scripts its HTML references.
 * `nomodule` scripts (the polyfills for browsers without ES modules) are counted apart: browsers
 * that run modules, every one the dashboard supports, never download them.
 */
const BUDGET_BYTES = 175 * 1024;

test('the dashboard’s first-load JavaScript stays within 175 KB gzip', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const tags = [...new Set(html.match(/<script[^>]*\bsrc="[^"]+"[^>]*>/g) ?? [])];
  expect(tags.length).toBeGreaterThan(0);
  let total = 0;
  let noModule = 0;
  for (const tag of tags) {
    const body = await (await request.get(/\bsrc="([^"]+)"/.exec(tag)![1]!)).body();
    const size = gzipSync(body, { level: 9 }).length;
    if (/\bnomodule\b/i.test(tag)) noModule += size;
    else total += size;
  }
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `First-load JS of /: ${kb(total)} KB gzip (plus ${kb(noModule)} KB of nomodule polyfills)`,
  );
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
