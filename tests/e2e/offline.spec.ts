/**
 * Offline and installable (issue 7): after the first visit the service worker has precached every built
 * file, so a reload with the network off renders and computes, and the lazily loaded chunks (secondary
 * panels, the bars Web Worker, the ATR study, the chart) still load. Nothing is requested from another
 * origin, the page's or the service worker's requests alike.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { barsCsv, collectErrors, fillEntryAndStop, field, makeBars, openApp, output } from './helpers';
import { goTo } from './panelHelpers';

/** Waits until the service worker is active and controls the page (it claims the first visit). */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after the first visit, a reload with the network off renders, computes and loads every lazy chunk', async ({
  page,
  context,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  // The context sees the page's requests and those of its workers, the service worker included.
  context.on('request', (request) => {
    requested.push(request.url());
  });
  const errors = collectErrors(page);

  await openApp(page);
  await untilControlled(page);
  // Installable: the page names a same-origin web manifest (read here from the test: the CSP forbids the
  // page's own fetches).
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(manifestHref ?? '', page.url());
  expect(manifestUrl.origin).toBe(appOrigin);
  const manifest = (await (await page.request.get(manifestUrl.href)).json()) as unknown;
  expect(manifest).toMatchObject({
    name: 'RiskDesk',
    start_url: './',
    scope: './',
    display: 'standalone',
    icons: [{ sizes: '192x192' }, { sizes: '512x512' }, { sizes: '512x512', purpose: 'maskable' }],
  });

  await context.setOffline(true);
  // Everything loaded from now on (the workers' scripts included) must come from the service worker's precache.
  const loaded: Response[] = [];
  const failed: string[] = [];
  context.on('response', (response) => {
    loaded.push(response);
  });
  context.on('requestfailed', (request) => {
    failed.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`);
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'RiskDesk' })).toBeVisible();
  await fillEntryAndStop(page, '2000', '1990');
  await expect(output(page, 'Contracts')).toHaveText('4 M2K');

  // The bars are parsed in the Web Worker, and the ATR study and the chart are chunks of their own.
  await field(page, 'Paste bars').fill(barsCsv(makeBars(30)));
  await expect(output(page, 'ATR from bars')).toHaveText(/^\d+\.\d{2}$/);
  await expect(
    page.getByRole('figure', { name: 'Close prices with ATR stop bands' }).locator('svg').first(),
  ).toBeVisible();

  // Every other section is a lazily loaded chunk: each opens offline.
  for (const name of ['Spread', 'Hedge', 'Contracts', 'Book & stress'] as const) await goTo(page, name);
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByRole('button', { name: 'Remove position 1' })).toBeVisible();

  // The bars panel falls back to the main thread when its worker fails to load: check the worker loaded.
  expect(failed).toEqual([]);
  expect(loaded.filter((response) => !response.fromServiceWorker()).map((r) => r.url())).toEqual([]);
  const paths = loaded.map((response) => new URL(response.url()).pathname);
  for (const chunk of [
    /\/assets\/barsWorker-[\w-]+\.js$/,
    /\/BookSection-[\w-]+\.js$/,
    /\/SpreadSection-[\w-]+\.js$/,
    /\/HedgeSection-[\w-]+\.js$/,
    /\/ContractsSection-[\w-]+\.js$/,
    /\/barsStudy-[\w-]+\.js$/,
    /\/LineChart-[\w-]+\.js$/,
  ]) {
    expect(
      paths.filter((path) => chunk.test(path)),
      `${chunk} loaded offline`,
    ).toHaveLength(1);
  }

  // A new tab on a section route opens offline too (the service worker answers every navigation).
  const other = await context.newPage();
  await openApp(other, '/?from=home-screen#/spread');
  await other.getByRole('textbox', { name: 'Long leg price', exact: true }).fill('2000');
  await other.getByRole('textbox', { name: 'Short leg price', exact: true }).fill('5800');
  await other.getByRole('textbox', { name: 'Long leg quantity', exact: true }).fill('29');
  await expect(output(other, 'Short position')).toHaveText('10 MES');
  await other.close();

  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== appOrigin)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
});
