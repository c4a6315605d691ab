/**
 * Browser benchmarks against the production build (`npm run bench:browser` builds it first), at 1400 × 1000:
 *
 * - Keystroke → paint: 100 real keystrokes after 100 warm-up keystrokes, each timed from the `input` event's timeStamp to a
 *   setTimeout(0) queued from the next requestAnimationFrame, i.e. until just after the next frame
 *   (TOOLCHAIN.md, "What a keystroke costs"). Extra fields split that time: handler_* (input event →
 *   React's handler done: core recompute, render and commit), to_frame_* (→ start of the next rAF
 *   callback), from_keydown_* (the same end point, from keydown).
 *   - floor_keystroke_a / _b: a bare page with one input and one output (served beside the app, same
 *     origin, no inline script), measured before and after RiskDesk in the same run;
 *   - desk_keystroke_account_equity / _entry_price: RiskDesk's Size section with a sized mini + micro trade,
 *     300 pasted bars and their chart, the price ladder and a book (the risk bar's figures change too);
 *   - overhead_*: RiskDesk's p50 and p95 less the floor's (mean of its two runs), budget p50 ≤ 4, p95 ≤ 7 ms;
 *   - keystroke_to_paint_2000_rows: typing into Account equity with a saved 2,000-row book.
 * - bars_paste_100k: the longest main-thread task while 100,000 bars are pasted (scripts/benchBarsPaste.ts).
 * - first_paint_js_gzip_kb: the HTML entry's chunk and its static imports from Vite's build manifest.
 * - network_requests: requests to other origins, and fetch/xhr/websocket/eventsource requests, during the run
 *   (service workers blocked: their precache would count, and the offline e2e covers them).
 *
 * Each keystroke line says how busy the machine was: load_1m and, where Linux reports it, cpu_pressure_avg10
 * (the % of the last 10 s in which a task waited for a CPU; on a shared virtual machine, the host's load).
 *
 * BENCH_DUMP=1 also logs every keystroke's sample (stderr).
 *
 * Serves dist/ with vite's preview server on 127.0.0.1:4174 and drives Debian Chromium (scripts/chromiumPath.ts).
 * Prints one JSON line per measured thing on stdout; progress and diagnostics on stderr.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { syntheticBarsCsv } from '../tests/support/syntheticBars';
import { measureBarsPaste } from './benchBarsPaste';
import { chromiumArgs, chromiumPath } from './chromiumPath';
import { log, printLine, roundMs, timingLine } from './benchStats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const HOST = '127.0.0.1';
const PORT = 4174;
const ORIGIN = `http://${HOST}:${PORT}`;
const APP_URL = `${ORIGIN}/`;

/** DESIGN.md: RiskDesk's keystroke → paint over the floor's, full desk. */
const OVERHEAD_BUDGET_MS = { p50: 4, p95: 7 } as const;
const LONG_BOOK_ROWS = 2000;
const LONG_BOOK_KEYSTROKE_BUDGET_MS = 50;
const FIRST_PAINT_JS_BUDGET_KB = 80;
const NETWORK_REQUESTS_BUDGET = 0;
/**
 * Keystrokes typed before the measured ones, in every case (floor included). RiskDesk's first hundred
 * keystrokes after load are slower than the next hundred (same run, same page: p50 about 1–2 ms more, while
 * the floor's do not change); the budget compares steady typing, and each line also reports its warm-up's
 * own p50 / p95 (`warmup_*`) so that the first keystrokes stay visible.
 */
const WARMUP_KEYSTROKES = 100;
const MEASURED_KEYSTROKES = 100;
const PASTED_BARS = 300;
const BARS_SEED = 20261121;
const CHART_NAME = 'Close prices with ATR stop bands';
/** Resource types that mean the app talks to a network at runtime (tests/e2e/smoke.spec.ts uses the same). */
const NETWORK_RESOURCE_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource']);

interface SeenRequest {
  readonly url: string;
  readonly type: string;
}

/** One keystroke as recorded in the page. */
interface KeystrokeSample {
  /** input event timeStamp → setTimeout(0) queued from the next requestAnimationFrame, ms. */
  readonly ms: number;
  /** input event timeStamp → after React's handler (the update rendered and committed), ms. */
  readonly handlerMs: number;
  /** input event timeStamp → start of the next requestAnimationFrame callback, ms. */
  readonly toFrameMs: number;
  /** The same, from the keydown event's timeStamp. */
  readonly fromKeydownMs: number;
  /** The field's text and validity, and the "Total risk" figure, just after the frame. */
  readonly value: string;
  readonly invalid: string | null;
  readonly totalRisk: string;
}

/** What the page-side probe keeps on `window`. */
interface ProbeWindow {
  __keystrokes?: KeystrokeSample[];
}

// ---------------------------------------------------------------------------------------------------------
// First-paint JavaScript, from Vite's build manifest (dist/.vite/manifest.json)

interface ScriptSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/**
 * The JavaScript the first paint needs: the HTML entry's chunk and, recursively, its static imports (the
 * modulepreloads). Dynamic imports (the desk, each section, charts, workers) load after the first paint
 * and are left out.
 */
function firstPaintScripts(manifest: Readonly<Record<string, ManifestChunk>>): string[] {
  const entry = Object.entries(manifest).find(
    ([key, chunk]) => chunk.isEntry === true && key.endsWith('.html'),
  );
  if (entry === undefined) throw new Error('the build manifest has no HTML entry');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  return [...files].filter((file) => file.endsWith('.js'));
}

function gzipSize(file: string): ScriptSize {
  const content = readFileSync(join(DIST, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 100) / 100;

// ---------------------------------------------------------------------------------------------------------
// The floor: a bare page with one input and one output, served beside RiskDesk from the same server

const FLOOR_URL = `${ORIGIN}/__floor/`;
const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="./floor.js"></script></head><body>
<label for="floor-input">Account equity</label> <input id="floor-input" type="text" value="25000">
<p>Risk budget <output id="floor-output"></output></p></body></html>`;
/** One input, one output: what a keystroke costs a page that does nothing else. */
const FLOOR_JS = `const input = document.getElementById('floor-input');
const output = document.getElementById('floor-output');
const show = () => { output.textContent = (Number(input.value.replace(/,/g, '')) / 100).toFixed(2); };
input.addEventListener('input', show);
show();`;

/** Serves the floor page (HTML and its script file, no inline script) on the preview server's origin. */
async function routeFloor(context: BrowserContext): Promise<void> {
  await context.route(`${FLOOR_URL}**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('/floor.js')) {
      await route.fulfill({ body: FLOOR_JS, contentType: 'text/javascript' });
    } else {
      await route.fulfill({ body: FLOOR_HTML, contentType: 'text/html' });
    }
  });
}

/** The difference of two timing lines' p50 and p95 (RiskDesk over the floor), with its budget. */
function overheadLine(
  name: string,
  desk: Record<string, unknown>,
  floor: { p50: number; p95: number; warmupP50: number; warmupP95: number },
  budget: { p50: number; p95: number },
): Record<string, unknown> {
  const p50 = roundMs(Number(desk.p50_ms) - floor.p50);
  const p95 = roundMs(Number(desk.p95_ms) - floor.p95);
  return {
    name,
    p50_ms: p50,
    p95_ms: p95,
    budget_p50_ms: budget.p50,
    budget_p95_ms: budget.p95,
    desk_p50_ms: desk.p50_ms,
    desk_p95_ms: desk.p95_ms,
    floor_p50_ms: roundMs(floor.p50),
    floor_p95_ms: roundMs(floor.p95),
    // The same difference over the warm-up keystrokes (reported, not budgeted).
    warmup_p50_ms: roundMs(Number(desk.warmup_p50_ms) - floor.warmupP50),
    warmup_p95_ms: roundMs(Number(desk.warmup_p95_ms) - floor.warmupP95),
    within_budget: p50 <= budget.p50 && p95 <= budget.p95,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Server and browser

async function startPreview(): Promise<PreviewServer> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: HOST, port: PORT, strictPort: true, open: false },
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(APP_URL);
      if (response.ok) return server;
      log(`preview answered ${response.status}; retrying`);
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.close();
      throw new Error(`vite preview did not answer at ${APP_URL} within 30 s`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Fills in the sizer and pastes bars so that every panel and the ATR chart show figures. */
async function setUpDesk(page: Page): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Account equity').fill('25,000');
  await field('Risk per trade').fill('1');
  await field('Max margin use').fill('20');
  await field('Contract').selectOption('M2K');
  await field('Entry price').fill('2000');
  await field('Stop price').fill('1990');
  await field('Target price').fill('2030');
  await field('Mix minis and micros').check();
  // A book under the desk: the sized trade, so the risk bar's open risk and margin in use are figures too.
  await page.getByRole('button', { name: 'Add to book', exact: true }).click();
  await page
    .getByRole('status', { name: 'Open risk', exact: true })
    .filter({ hasNotText: '$0.00' })
    .waitFor();

  await field('Paste bars').fill(syntheticBarsCsv(PASTED_BARS, BARS_SEED));
  const chart = page.getByRole('figure', { name: CHART_NAME });
  await chart.waitFor({ state: 'visible', timeout: 30_000 });
  // recharts draws after ResponsiveContainer has measured itself: wait for the three series.
  await page.waitForFunction(
    (name) => document.querySelectorAll(`figure[aria-label="${name}"] path.recharts-line-curve`).length >= 3,
    CHART_NAME,
    { timeout: 30_000 },
  );

  const contracts = (await page.getByRole('status', { name: 'Contracts', exact: true }).innerText()).trim();
  const atr = (await page.getByRole('status', { name: 'ATR from bars', exact: true }).innerText()).trim();
  log(`setup: Contracts "${contracts.replace(/\s+/g, ' ')}", ATR from bars "${atr.replace(/\s+/g, ' ')}"`);
  if (/^—|^$/.test(contracts))
    throw new Error(`the sizer did not size a position (Contracts: "${contracts}")`);

  const box = await chart.boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null || box.y + box.height > viewport.height) {
    log(`warning: the chart is not entirely inside the viewport (${JSON.stringify(box)})`);
  }
}

/** Installs the keystroke probe on the input `inputSelector`, watching `watchedSelector` (see KeystrokeSample). */
async function installProbe(page: Page, inputSelector: string, watchedSelector: string): Promise<void> {
  const totalRisk = await page.locator(watchedSelector).elementHandle();
  await page.locator(inputSelector).evaluate((element, riskOutput) => {
    const input = element as HTMLInputElement;
    const probe = window as ProbeWindow;
    const samples: KeystrokeSample[] = [];
    probe.__keystrokes = samples;
    let keydownAt = Number.NaN;
    input.addEventListener('keydown', (event) => {
      keydownAt = event.timeStamp;
    });
    let handledAt = Number.NaN;
    // Bubbling listener on window: runs after React's (on the root), once the update is committed.
    window.addEventListener('input', (event) => {
      if (event.target === input) handledAt = performance.now();
    });
    input.addEventListener('input', (event) => {
      handledAt = Number.NaN; // set again by the window listener once React has handled this event
      const inputAt = event.timeStamp;
      const downAt = keydownAt;
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        setTimeout(() => {
          const now = performance.now();
          samples.push({
            ms: now - inputAt,
            handlerMs: handledAt - inputAt,
            toFrameMs: frameAt - inputAt,
            fromKeydownMs: now - downAt,
            value: input.value,
            invalid: input.getAttribute('aria-invalid'),
            totalRisk: riskOutput.textContent,
          });
        }, 0);
      });
    });
  }, totalRisk);
  await totalRisk.dispose();
}

/** One frame at 60 Hz: the span over which keystrokes are spread (see typeKeystrokes). */
const FRAME_MS = 1000 / 60;

/**
 * Types `count` keystrokes into Entry price ("2000." + digit, then Backspace, …), one frame each.
 * Before each key, a pause spread evenly over one frame (the golden-ratio sequence: the same pauses in
 * every run and for every page). Without it, when a keystroke arrives within the frame interval follows
 * from the page's own timing (the wait loop below, then the key's round trip), so the floor and RiskDesk
 * would wait for their frames differently; spread this way, both wait alike on average.
 */
async function typeKeystrokes(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await new Promise((done) => setTimeout(done, ((i * 0.6180339887) % 1) * FRAME_MS));
    const before = await page.evaluate(() => (window as ProbeWindow).__keystrokes?.length ?? 0);
    // Even steps append a digit (1…9 in turn) to "2000.", odd steps delete it: every text is a valid price.
    await page.keyboard.press(i % 2 === 0 ? String(1 + ((i / 2) % 9)) : 'Backspace');
    await page.waitForFunction((n) => ((window as ProbeWindow).__keystrokes?.length ?? 0) > n, before, {
      timeout: 10_000,
      // Timer polling, not 'raf': polling with requestAnimationFrame keeps the page producing frames, so the
      // next keystroke would wait for a running frame clock instead of meeting an idle page as typing does.
      polling: 10,
    });
  }
}

interface KeystrokeCase {
  readonly name: string;
  /** The input typed into, by CSS selector (a label lookup over a 2,000-row book is itself slow). */
  readonly input: string;
  /** The text typed before measuring; each keystroke appends a digit to it or deletes that digit. */
  readonly base: string;
  /** A figure that must change with the keystrokes (proof that they recompute), by CSS selector. */
  readonly watched: string;
  readonly budgetMs?: number;
}

async function measureKeystrokes(page: Page, c: KeystrokeCase): Promise<Record<string, unknown>> {
  const entry = page.locator(c.input);
  await entry.fill(c.base);
  await entry.focus();
  await page.keyboard.press('End');
  // Let the page settle (deferred chart work, lazy chunks) before the probe goes in.
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))),
      ),
  );
  await installProbe(page, c.input, c.watched);

  await typeKeystrokes(page, WARMUP_KEYSTROKES);
  await typeKeystrokes(page, MEASURED_KEYSTROKES);
  const all = await page.evaluate(() => (window as ProbeWindow).__keystrokes ?? []);
  if (process.env.BENCH_DUMP === '1') log(JSON.stringify(all));
  if (all.length !== WARMUP_KEYSTROKES + MEASURED_KEYSTROKES) {
    throw new Error(
      `recorded ${all.length} input events for ${WARMUP_KEYSTROKES + MEASURED_KEYSTROKES} keystrokes`,
    );
  }
  const measured = all.slice(WARMUP_KEYSTROKES);
  const warmup = timingLine(
    'warmup',
    all.slice(0, WARMUP_KEYSTROKES).map((s) => s.ms),
  );

  const bad = measured.filter((s) => !s.value.startsWith(c.base) || s.invalid === 'true');
  if (bad.length > 0) throw new Error(`keystrokes left invalid texts: ${JSON.stringify(bad.slice(0, 3))}`);
  const riskFigures = new Set(measured.map((s) => s.totalRisk));
  log(`${c.name}: ${measured.length} measured, ${riskFigures.size} distinct "${c.watched}" figures`);
  if (riskFigures.size < 2) throw new Error(`"${c.watched}" never changed: the keystrokes did not recompute`);

  const extra: Record<string, unknown> = {
    keystrokes: measured.length,
    warmup_keystrokes: WARMUP_KEYSTROKES,
    warmup_p50_ms: warmup.p50_ms,
    warmup_p95_ms: warmup.p95_ms,
  };
  const parts: [string, (s: KeystrokeSample) => number][] = [
    ['handler', (s) => s.handlerMs],
    ['to_frame', (s) => s.toFrameMs],
    ['from_keydown', (s) => s.fromKeydownMs],
  ];
  for (const [name, pick] of parts) {
    const values = measured.map(pick).filter(Number.isFinite);
    if (values.length !== measured.length) continue;
    const line = timingLine(name, values);
    extra[`${name}_p50_ms`] = line.p50_ms;
    extra[`${name}_p95_ms`] = line.p95_ms;
  }
  const ms = measured.map((s) => s.ms);
  extra.max_ms = roundMs(Math.max(...ms));
  // Other work on the machine shows up in these figures: say how busy it was.
  extra.load_1m = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const pressure = cpuPressureAvg10();
  if (pressure !== null) extra.cpu_pressure_avg10 = pressure;
  extra.cpus = availableParallelism();
  return timingLine(c.name, ms, extra, c.budgetMs);
}

/**
 * The share of the last 10 s in which some task here waited for a CPU (Linux PSI, /proc/pressure/cpu,
 * "some avg10", %), or null where the kernel does not report it. In a virtual machine it also shows the
 * host's other guests taking the CPUs, which load_1m does not.
 */
function cpuPressureAvg10(): number | null {
  try {
    const match = /^some avg10=([\d.]+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]);
  } catch {
    return null;
  }
}

/** A book of `rows` positions in two families, half of them with stops, saved as the app saves it. */
function longBookSave(rows: number): string {
  const book = Array.from({ length: rows }, (_, i) => ({
    id: `p${i + 1}`,
    symbol: i % 2 === 0 ? 'MES' : 'M2K',
    side: i % 3 === 0 ? 'short' : 'long',
    quantity: String(1 + (i % 5)),
    entry: i % 2 === 0 ? '5800.00' : '2000.0',
    stop: i % 2 === 0 ? '' : i % 3 === 0 ? '2010.0' : '1990.0',
  }));
  return JSON.stringify({ version: 1, inputs: { maxOpenRiskPct: '100', maxMarginPct: '100' }, book });
}

/** Opens the app with a saved book of `rows` positions, waiting until it shows. */
async function openWithLongBook(page: Page, rows: number): Promise<void> {
  await page.goto(APP_URL, { waitUntil: 'load' });
  await page.evaluate((save) => {
    localStorage.clear();
    localStorage.setItem('riskdesk', save);
  }, longBookSave(rows));
  await page.reload({ waitUntil: 'load' });
  await page.locator('#in-equity').waitFor({ timeout: 60_000 });
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
  } catch {
    log(`no ${join(DIST, '.vite', 'manifest.json')}: run \`vite build\` first (npm run bench:browser does).`);
    return 1;
  }
  const scripts = firstPaintScripts(manifest).map(gzipSize);
  for (const s of scripts) log(`first paint: ${s.file} ${kb(s.bytes)} KB, ${kb(s.gzipBytes)} KB gzip`);

  const requests: SeenRequest[] = [];
  const errors: string[] = [];
  let failed = false;
  let server: PreviewServer | null = null;
  let context: BrowserContext | null = null;
  const profile = mkdtempSync(join(tmpdir(), 'riskdesk-bench-'));
  const lines: Record<string, unknown>[] = [];
  let startupScripts: string[] = [];

  try {
    server = await startPreview();
    log(`preview: ${APP_URL}`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...chromiumArgs],
      viewport: { width: 1400, height: 1000 },
      // No service worker: tests/e2e/offline.spec.ts covers it. Here its precache fetches would count as the
      // app's requests, and once installed it would answer the floor page's address instead of the route.
      serviceWorkers: 'block',
    });
    await routeFloor(context);
    context.on('request', (request) => {
      if (!request.url().startsWith(FLOOR_URL))
        requests.push({ url: request.url(), type: request.resourceType() });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('websocket', (socket) => {
      requests.push({ url: socket.url(), type: 'websocket' });
    });
    page.on('pageerror', (error) => {
      errors.push(`pageerror: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    log(`chromium: ${context.browser()?.version() ?? 'persistent context'}`);

    const floorCase = { input: '#floor-input', base: '25000', watched: '#floor-output' };
    const floorRuns: Record<string, unknown>[] = [];
    const measureFloor = async (name: string) => {
      await page.goto(FLOOR_URL, { waitUntil: 'load' });
      const line = await measureKeystrokes(page, { name, ...floorCase });
      floorRuns.push(line);
      lines.push(line);
    };

    // Floor, RiskDesk (both fields), floor again: the floor is taken as the mean of its two runs.
    await measureFloor('floor_keystroke_a');
    await page.goto(APP_URL, { waitUntil: 'load' });
    startupScripts = requests.filter((r) => r.type === 'script').map((r) => r.url);
    await setUpDesk(page);
    const equity = await measureKeystrokes(page, {
      name: 'desk_keystroke_account_equity',
      input: '#in-equity',
      base: '25000',
      watched: '#bar-riskBudget',
    });
    const entry = await measureKeystrokes(page, {
      name: 'desk_keystroke_entry_price',
      input: '#in-entry',
      base: '2000.',
      watched: '#out-totalRisk',
    });
    lines.push(equity, entry);
    await measureFloor('floor_keystroke_b');
    const mean = (key: string) =>
      floorRuns.reduce((sum, line) => sum + Number(line[key]), 0) / floorRuns.length;
    const floor = {
      p50: mean('p50_ms'),
      p95: mean('p95_ms'),
      warmupP50: mean('warmup_p50_ms'),
      warmupP95: mean('warmup_p95_ms'),
    };
    lines.push(overheadLine('overhead_account_equity', equity, floor, OVERHEAD_BUDGET_MS));
    lines.push(overheadLine('overhead_entry_price', entry, floor, OVERHEAD_BUDGET_MS));

    await page.goto(APP_URL, { waitUntil: 'load' });
    await page.locator('#in-entry').waitFor();
    lines.push(await measureBarsPaste(page));

    await openWithLongBook(page, LONG_BOOK_ROWS);
    lines.push(
      await measureKeystrokes(page, {
        name: 'keystroke_to_paint_2000_rows_size',
        input: '#in-equity',
        base: '25000',
        watched: '#bar-riskBudget',
        budgetMs: LONG_BOOK_KEYSTROKE_BUDGET_MS,
      }),
    );
    // The book in view (its first page of rows) and the stress under it: typing a move re-prices the book.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Book & stress' })
      .click();
    await page.locator('#in-stressCustomMove').waitFor({ timeout: 60_000 });
    lines.push(
      await measureKeystrokes(page, {
        name: 'keystroke_to_paint_2000_rows_book',
        input: '#in-stressCustomMove',
        base: '-1',
        watched: '[aria-label="P&L at custom"]',
        budgetMs: LONG_BOOK_KEYSTROKE_BUDGET_MS,
      }),
    );
  } catch (error) {
    failed = true;
    log(`benchBrowser failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await context?.close().catch((error: unknown) => {
      log(`closing chromium: ${String(error)}`);
    });
    await server?.close().catch((error: unknown) => {
      log(`closing preview: ${String(error)}`);
    });
    rmSync(profile, { recursive: true, force: true });
  }

  // JavaScript the page fetched on load, before any input: the first-paint set plus the desk's chunks.
  const startupFiles = startupScripts
    .filter((url) => url.startsWith(`${ORIGIN}/`))
    .map((url) => new URL(url).pathname.slice(1));
  log(`scripts loaded at startup: ${startupFiles.join(', ')}`);
  const gzipTotal = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  lines.push({
    name: 'first_paint_js_gzip_kb',
    kb: kb(gzipTotal),
    budget_kb: FIRST_PAINT_JS_BUDGET_KB,
    files: scripts.length,
    raw_kb: kb(scripts.reduce((sum, s) => sum + s.bytes, 0)),
    source: 'dist/.vite/manifest.json: the HTML entry and its static imports',
    within_budget: kb(gzipTotal) <= FIRST_PAINT_JS_BUDGET_KB,
  });

  const offending = requests.filter(
    ({ url, type }) =>
      NETWORK_RESOURCE_TYPES.has(type) || (!url.startsWith('data:') && !url.startsWith(`${ORIGIN}/`)),
  );
  for (const r of offending) log(`network request: ${r.type} ${r.url}`);
  if (requests.length === 0) {
    failed = true;
    log('no requests seen at all: the app did not load, so network_requests is not reported');
  } else {
    lines.push({
      name: 'network_requests',
      count: offending.length,
      budget: NETWORK_REQUESTS_BUDGET,
      total_requests: requests.length,
      within_budget: offending.length <= NETWORK_REQUESTS_BUDGET,
    });
  }
  for (const e of errors) log(e);

  for (const line of lines) printLine(line);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(String(error));
    process.exitCode = 1;
  },
);
