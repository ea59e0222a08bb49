// What a hostile visitor meets: security headers on every answer, no 5xx and JSON errors from
// any URL, and pages that run none of the scripts a corpus might smuggle in.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_CORPUS } from '../../playwright.config';
import {
  createHostileRequests,
  isApiRequest,
  isApiShaped,
  KNOWN_HOSTILE,
  sendRaw,
} from './hostile-urls';

const PORT = Number(process.env.E2E_PORT ?? 3107);
/** The server that reads a copy of the corpus, into which the script-payload event is written. */
const WRITE_ORIGIN = `http://127.0.0.1:${PORT + 1}`;

test('/, /compare and /api/events carry the security headers', async ({ request }) => {
  for (const url of ['/', '/compare?theme=taiwan-strait', '/api/events']) {
    const headers = (await request.get(url)).headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, url).toContain("frame-ancestors 'none'");
    expect(policy, url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers, url).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
      'x-request-id': expect.stringMatching(/\S/),
    });
  }
  const api = await request.get('/api/events');
  expect(api.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const etag = api.headers()['etag']!;
  const again = await request.get('/api/events', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('a few hundred hostile URLs get no 5xx, and every /api error is JSON', async ({ request }) => {
  const events = (await (await request.get('/api/events')).json()).events;
  const themes = (await (await request.get('/api/themes')).json()).themes;
  const seeds = {
    eventIds: events.map((event: { id: string }) => event.id),
    themeIds: themes.map((theme: { id: string }) => theme.id),
  };
  const failures: string[] = [];
  for (const hostile of [...KNOWN_HOSTILE, ...createHostileRequests(seeds, 300)]) {
    const answer = await sendRaw(PORT, hostile);
    const what = `${answer.status} ${hostile.method} ${hostile.path.slice(0, 150)}`;
    if (answer.status >= 500) failures.push(what);
    else if (isApiRequest(hostile) && !isApiShaped(hostile, answer))
      failures.push(`not JSON: ${what}`);
  }
  expect(failures).toEqual([]);
});

test('a page path that is not UTF-8 answers the 404 page', async ({ page }) => {
  for (const url of ['/events/%ff', '/themes/%ED%A0%80']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
});

test("the pages' own scripts run under the policy, the first view's inline one included", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  const ready = await page.evaluate(() => performance.getEntriesByName('timeline:ready').length);
  expect(ready).toBe(1);
  for (const url of ['/compare?theme=taiwan-strait', '/themes', '/search?q=Taiwan'])
    await page.goto(url, { waitUntil: 'networkidle' });
  expect(await violationsOf(page)).toEqual([]);
  expect(problems).toEqual([]);
  // The 404 page is drawn per request too, so its scripts carry the nonce.
  await page.goto('/nope', { waitUntil: 'networkidle' });
  expect(await violationsOf(page)).toEqual([]);
});

test.describe('a corpus with script payloads in every field', () => {
  const id = '2024-04-01-script-payloads';
  const file = path.resolve(E2E_CORPUS, 'events', `${id}.md`);

  test.beforeAll(async ({ request }) => {
    writeFileSync(file, hostileEvent(id));
    await expect
      .poll(async () => (await request.get(`${WRITE_ORIGIN}/api/events/${id}`)).status())
      .toBe(200);
  });

  test.afterAll(() => rmSync(file, { force: true }));

  test('runs none of them on any page', async ({ page }) => {
    const problems = watchProblems(page);
    for (const url of [
      '/',
      `/?event=${id}`,
      `/events/${id}`,
      `/compare?theme=taiwan-strait&events=${id},2022-05-04-defense-ministerial`,
      '/search?q=script',
      '/themes/taiwan-strait',
      '/themes',
    ]) {
      await page.goto(`${WRITE_ORIGIN}${url}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned), url).toBeUndefined();
    }
    await page.goto(`${WRITE_ORIGIN}/events/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
    expect(await violationsOf(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** Console errors and uncaught page errors, as they happen; CSP violations are collected in the page. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  void page.addInitScript(() => {
    const seen: string[] = ((window as { violations?: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return problems;
}

function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { violations?: string[] }).violations ?? []);
}

/** An event whose every text field carries a script payload, in our own words. */
function hostileEvent(id: string): string {
  const payload = {
    script: '<script>window.pwned=1</script>',
    img: '<img src=x onerror=window.pwned=1>',
    link: 'javascript:window.pwned=1',
    attribute: '" onmouseover="window.pwned=1',
  };
  const yaml = (text: string) => JSON.stringify(text);
  return `---
id: ${id}
title: ${yaml(`${payload.script} Talks on the Taiwan Strait`)}
label: ${yaml(payload.img)}
kind: telecon
date: "2024-04-01"
place: ${yaml(payload.link)}
format: phone
participants:
  - name: ${yaml(`<svg onload=window.pwned=1> Sato`)}
    role: ${yaml(payload.attribute)}
    country: japan
  - name: ${yaml(payload.script)}
    role: ${yaml(payload.link)}
    country: us
sources:
  - publisher: ${yaml(`<a href="${payload.link}">Publisher</a>`)}
    title: ${yaml(payload.img)}
    url: https://example.org/?q=%3Cscript%3Ewindow.pwned=1%3C/script%3E
    language: en
    kind: publisher
provenance: official-text
---

On April 1, the Ministers spoke by telephone ${payload.script} about the Taiwan Strait and the region.

## Regional affairs ${payload.img}

The Ministers reaffirmed the importance of peace and stability across the Taiwan Strait ${payload.img}. They agreed [to meet again](${payload.link}) soon ${payload.attribute}.
`;
}
