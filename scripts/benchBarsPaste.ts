/**
 * Main-thread block while 100,000 bars are pasted into "Paste bars" (DESIGN.md budget: ≤ 200 ms; the
 * parse runs in a Web Worker). For scripts/benchBrowser.ts, which opens the built app and calls
 * `measureBarsPaste(page)`.
 *
 * How the paste is made: the text goes onto the system clipboard (navigator.clipboard.writeText, with
 * the clipboard permissions granted to the page's origin) and Control/Meta+V is pressed in the textarea.
 * That is a user's paste end to end: a trusted `paste` event carrying the text in `clipboardData`, and,
 * unless the app cancels it, the browser's own insertion of 4.7 MB into the textarea and its `input`
 * event; whichever of the two the app listens to, its real cost is measured. `fill()` or
 * `keyboard.insertText()` would skip the paste event, and a synthetic ClipboardEvent has no default
 * action (nothing is inserted). Only where the clipboard cannot be used is a synthetic paste dispatched,
 * followed, when the app does not cancel it, by what the browser would do (insert the text, fire `input`
 * with inputType insertFromPaste); `paste_method` says which ran.
 *
 * What is measured: from the `paste` event (a capturing listener on window, the first script to see it)
 * until the "ATR from bars" output shows a number (a MutationObserver on it), the longest task on the
 * main thread, from a PerformanceObserver for 'longtask' entries (buffered: false) overlapping that
 * window. The Long Tasks API reports tasks of 50 ms and more only: `longest_task_ms` 0 means every task
 * was shorter. Any bars already loaded are cleared first, so the number that appears is the paste's.
 *
 * What a real paste of 4.6 MB costs besides the parse (headless Chromium): letting the browser insert it
 * into the textarea, or rendering it as the textarea's value, blocks for seconds; reading
 * `clipboardData.getData` blocks for a few hundred milliseconds; so does saving it to localStorage.
 */
import type { Page } from '@playwright/test';
import { syntheticBarsCsv } from '../tests/support/syntheticBars';

const BUDGET_MS = 200;
const LONG_TASK_THRESHOLD_MS = 50;
const BARS_SEED = 20261121;
const PASTE_TIMEOUT_MS = 60_000;

/** What the in-page probe records on `window`. */
interface PasteProbe {
  /** performance.now() when the paste event was seen, or null before. */
  pasteAt: number | null;
  /** performance.now() when "ATR from bars" first showed a number after the paste, or null before. */
  shownAt: number | null;
  readonly longTasks: { readonly start: number; readonly duration: number }[];
  /** Whether the app cancelled the paste event (it then inserts or parses the text itself). */
  cancelled: boolean | null;
}

interface ProbeWindow {
  __barsPaste?: PasteProbe;
  __barsPasteText?: string;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Puts the text on the clipboard; false when the browser does not allow it. */
async function writeClipboard(page: Page, text: string): Promise<boolean> {
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await page.evaluate(async (t) => {
      await navigator.clipboard.writeText(t);
    }, text);
    return true;
  } catch {
    return false;
  }
}

// The functions given to page.evaluate are sent to the page as source text: no named inner functions in
// them (tsx's esbuild would wrap those in a `__name` helper that does not exist in the page).

/**
 * Pastes `rows` synthetic daily bars into "Paste bars" of an open RiskDesk page and measures the longest
 * main-thread task until "ATR from bars" shows a number. Returns one benchmark line:
 * `{ name, longest_task_ms, total_ms, budget_ms, within_budget, … }`.
 */
export async function measureBarsPaste(page: Page, rows = 100_000): Promise<Record<string, unknown>> {
  const textarea = page.getByLabel('Paste bars', { exact: true });
  const atr = page.getByRole('status', { name: 'ATR from bars', exact: true });
  const outputHandle = await atr.elementHandle();
  const clear = page.getByRole('button', { name: /^Clear bars/ });
  if ((await clear.count()) > 0) await clear.click();
  await page.waitForFunction((output) => !/\d/.test(output.textContent), outputHandle, { timeout: 10_000 });

  const text = syntheticBarsCsv(rows, BARS_SEED);
  const onClipboard = await writeClipboard(page, text);
  // Ship the text into the page beforehand for the synthetic paste: sending it is not part of a paste.
  if (!onClipboard) {
    await page.evaluate((t) => {
      (window as ProbeWindow).__barsPasteText = t;
    }, text);
  }

  await textarea.evaluate((element, output) => {
    const probe: PasteProbe = { pasteAt: null, shownAt: null, longTasks: [], cancelled: null };
    (window as ProbeWindow).__barsPaste = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: false });
    window.addEventListener(
      'paste',
      (event) => {
        if (event.target !== element || probe.pasteAt !== null) return;
        probe.pasteAt = performance.now();
        // Runs after the app's own listeners of this event (a task later), to see whether they cancelled it.
        setTimeout(() => {
          probe.cancelled = event.defaultPrevented;
        }, 0);
      },
      true,
    );
    const watcher = new MutationObserver(() => {
      if (probe.pasteAt === null || probe.shownAt !== null || !/\d/.test(output.textContent)) return;
      probe.shownAt = performance.now();
      watcher.disconnect();
    });
    watcher.observe(output, { childList: true, characterData: true, subtree: true });
  }, outputHandle);

  await textarea.focus();
  if (onClipboard) {
    await page.keyboard.press('ControlOrMeta+V');
  } else {
    await textarea.evaluate((element) => {
      const area = element as HTMLTextAreaElement;
      const pasted = (window as ProbeWindow).__barsPasteText ?? '';
      // A task of its own, as a user's paste is.
      setTimeout(() => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', pasted);
        const paste = new ClipboardEvent('paste', {
          clipboardData,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        if (!area.dispatchEvent(paste)) return;
        // Not cancelled: what the browser does next (the textarea was empty, so the text replaces nothing).
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, pasted);
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, 0);
    });
  }

  await page.waitForFunction(
    () => typeof (window as ProbeWindow).__barsPaste?.shownAt === 'number',
    undefined,
    {
      timeout: PASTE_TIMEOUT_MS,
      polling: 50,
    },
  );
  // Long-task entries are delivered after their task ends: give them two frames and a moment.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));
      }),
  );
  const probe = await page.evaluate(() => {
    const w = window as ProbeWindow;
    delete w.__barsPasteText;
    return w.__barsPaste;
  });
  await outputHandle.dispose();
  if (probe === undefined || probe.pasteAt === null || probe.shownAt === null)
    throw new Error('the paste was not seen');
  const { pasteAt, shownAt } = probe;
  const during = probe.longTasks.filter(
    (task) => task.start < shownAt && task.start + task.duration > pasteAt,
  );
  const longest = during.reduce((max, task) => Math.max(max, task.duration), 0);

  const report = await page
    .getByRole('region', { name: 'Import report' })
    .first()
    .innerText()
    .catch(() => '');
  const name = rows % 1000 === 0 ? `bars_paste_${rows / 1000}k` : `bars_paste_${rows}`;
  return {
    name,
    longest_task_ms: round(longest),
    total_ms: round(shownAt - pasteAt),
    budget_ms: BUDGET_MS,
    within_budget: longest <= BUDGET_MS,
    long_tasks: during.length,
    long_task_threshold_ms: LONG_TASK_THRESHOLD_MS,
    paste_method: onClipboard ? 'clipboard' : 'synthetic',
    paste_cancelled_by_app: probe.cancelled,
    rows,
    text_mb: round(text.length / 1e6),
    atr_text: (await atr.innerText()).trim(),
    import_report: report.split('\n')[0] ?? '',
  };
}
