import { expect, test } from '@playwright/test';

/** Resource types that would mean the app talks to a network at runtime; RiskDesk must not. */
const networkResourceTypes = new Set(['fetch', 'xhr', 'websocket', 'eventsource']);

test('the built app loads offline-clean: title, heading, CSP, no foreign or network requests, no errors', async ({
  page,
  context,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL ?? '').origin;
  const requests: { url: string; type: string; fromServiceWorker: boolean }[] = [];
  const errors: string[] = [];
  // The context also sees requests from workers and other pages the app might open.
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
    });
  });
  page.on('websocket', (socket) => {
    requests.push({ url: socket.url(), type: 'websocket', fromServiceWorker: false });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.message}`);
  });

  await page.goto('/', { waitUntil: 'networkidle' });

  await expect(page).toHaveTitle(/RiskDesk/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /connect-src 'none'/,
  );

  // Soft assertions: one run reports every kind of leak at once.
  // data: URLs are local (the CSP allows data: images); everything else must come from the preview server.
  const foreign = requests.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== appOrigin);
  expect.soft(foreign, 'requests to origins other than the app').toEqual([]);
  // The service worker fetches the app's own files to keep them offline (its precache): same origin, not
  // the app talking to a network. Anything else of these types would be.
  const network = requests.filter(
    ({ url, type, fromServiceWorker }) =>
      networkResourceTypes.has(type) && !(fromServiceWorker && new URL(url).origin === appOrigin),
  );
  expect.soft(network, 'fetch/xhr/websocket/eventsource requests').toEqual([]);
  expect(requests.length, 'the page should have loaded its own assets').toBeGreaterThan(0);
  expect.soft(errors, 'console errors and uncaught exceptions').toEqual([]);
});
