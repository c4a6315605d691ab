/**
 * Sums the vitest and Playwright JSON reports into one line on stdout: `tests: N passed, M failed`.
 * Skipped, todo and flaky tests count as failed (the suite forbids them, so they must show up), and so do
 * errors outside any test (a file that fails to import, a web server that does not start, "no test files"),
 * and a runner whose report is missing because the suite stopped before it (one failure each).
 * Notes go to stderr. Always exits 0: the caller decides what a failure means.
 *
 * Reports: vitest run --reporter=json --outputFile.json=reports/vitest.json, and Playwright's json reporter
 * (playwright.config.ts) writing reports/playwright.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Count {
  passed: number;
  failed: number;
  notes: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(object: Json, key: string): number {
  const value = object[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function list(object: Json, key: string): unknown[] {
  const value = object[key];
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** Counts a vitest JSON report (Jest-compatible shape: numPassedTests, numFailedTests, testResults[]). */
export function countVitest(report: unknown): Count {
  if (!isObject(report)) return { passed: 0, failed: 1, notes: ['vitest report is not a JSON object'] };
  const notes: string[] = [];
  const passed = num(report, 'numPassedTests');
  let failed = num(report, 'numFailedTests');

  const skipped = num(report, 'numPendingTests');
  const todo = num(report, 'numTodoTests');
  if (skipped + todo > 0) notes.push(`vitest: ${skipped} skipped and ${todo} todo tests, counted as failed`);
  failed += skipped + todo;

  // A test file that fails before any test runs (import error, syntax error) has no assertion results.
  const brokenFiles = list(report, 'testResults').filter(
    (file) => isObject(file) && file.status === 'failed' && list(file, 'assertionResults').length === 0,
  );
  for (const file of brokenFiles) {
    if (!isObject(file)) continue;
    const name = typeof file.name === 'string' ? file.name : 'a test file';
    const message = typeof file.message === 'string' ? file.message.split('\n')[0] : '';
    notes.push(`vitest: ${name} failed outside any test${message ? `: ${message}` : ''}`);
  }
  failed += brokenFiles.length;

  if (report.success === false && failed === 0) {
    notes.push('vitest: the run failed outside any test (no test files found, or an unhandled error)');
    failed += 1;
  }
  return { passed, failed, notes };
}

/** Counts a Playwright JSON report (stats.expected / unexpected / flaky / skipped, errors[]). */
export function countPlaywright(report: unknown): Count {
  if (!isObject(report) || !isObject(report.stats)) {
    return { passed: 0, failed: 1, notes: ['playwright report has no stats object'] };
  }
  const notes: string[] = [];
  const { stats } = report;
  const passed = num(stats, 'expected');
  const flaky = num(stats, 'flaky');
  const skipped = num(stats, 'skipped');
  if (flaky > 0) notes.push(`playwright: ${flaky} flaky tests, counted as failed`);
  if (skipped > 0) notes.push(`playwright: ${skipped} skipped tests, counted as failed`);

  const errors = list(report, 'errors');
  for (const error of errors) {
    const message = isObject(error) && typeof error.message === 'string' ? error.message : String(error);
    notes.push(`playwright: error outside any test: ${message.split('\n')[0] ?? ''}`);
  }
  return { passed, failed: num(stats, 'unexpected') + flaky + skipped + errors.length, notes };
}

function readReport(path: string, runner: string, what: string, count: (report: unknown) => Count): Count {
  if (!existsSync(path)) {
    // A runner that never reported (the suite stopped earlier: install, format, types, lint) is one failure,
    // so that the line never reads "0 failed" for a run that failed.
    return {
      passed: 0,
      failed: 1,
      notes: [`no ${runner} report: ${what} did not run (counted as 1 failed)`],
    };
  }
  try {
    return count(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { passed: 0, failed: 1, notes: [`${runner} report ${path} is unreadable: ${message}`] };
  }
}

function main(): void {
  const reports = resolve(import.meta.dirname, '..', 'reports');
  const counts = [
    readReport(resolve(reports, 'vitest.json'), 'vitest', 'unit tests', countVitest),
    readReport(resolve(reports, 'playwright.json'), 'playwright', 'end-to-end tests', countPlaywright),
  ];
  for (const note of counts.flatMap((count) => count.notes)) console.error(note);
  const passed = counts.reduce((sum, count) => sum + count.passed, 0);
  const failed = counts.reduce((sum, count) => sum + count.failed, 0);
  console.log(`tests: ${passed} passed, ${failed} failed`);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    main();
  } catch (error) {
    console.error(error);
    console.log('tests: 0 passed, 1 failed');
  }
  process.exitCode = 0;
}
