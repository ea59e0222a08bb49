import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3107);
/** The tests that add documents have a server of their own, on the next port. */
const WRITE_PORT = PORT + 1;
/** ...which reads a copy of the corpus, made afresh at each run, so that data/ is never written. */
export const E2E_CORPUS = `.e2e-corpus-${WRITE_PORT}`;
/** The port of the page server the tests that read a document by URL start; the server may fetch from it. */
export const E2E_PAGES_PORT = PORT + 2;
/** The write token the browser tests use. */
export const E2E_TOKEN = 'e2e-write-token';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // CI machines have two cores shared by the server and the browser: allow for a slow moment.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'bundled corpus',
      testIgnore: /documents.*\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'documents added',
      testMatch: /documents.*\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${WRITE_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/api/themes`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/e2e-corpus.mjs ${E2E_CORPUS} && node node_modules/next/dist/bin/next start -p ${WRITE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${WRITE_PORT}/api/themes`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        CORPUS_DIR: E2E_CORPUS,
        ALLIANCE_TIMELINE_TOKEN: E2E_TOKEN,
        ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN: `http://127.0.0.1:${E2E_PAGES_PORT}`,
      },
    },
  ],
});
