import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromiumPath';

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

/**
 * End-to-end tests against the production build (`vite build` runs first, see `npm run test:e2e`), served by
 * `vite preview`. Chromium comes from Debian (or CHROME_PATH): `npx playwright install` cannot download here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'reports/test-results',
  forbidOnly: true,
  retries: 0,
  // A shared 2-core machine can be slow; a test that needs more than this is stuck, not slow.
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL,
    headless: true,
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs] },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
