/**
 * Shared statistics and output for the benchmarks (`scripts/bench.ts`, `scripts/benchBrowser.ts`).
 * Results go to stdout as one JSON object per line; everything else goes to stderr.
 */

/**
 * The p-th percentile (0 < p ≤ 100) of `samples` by the nearest-rank method: the smallest sample such that
 * at least p % of the samples are ≤ it, i.e. sorted[ceil(p / 100 × n) − 1]. Always one of the samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  const value = sorted[rank - 1];
  if (value === undefined) throw new Error('percentile rank out of range');
  return value;
}

/** Milliseconds rounded to 4 decimals (0.1 µs) for printing. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10_000) / 10_000;
}

/**
 * The result line of one timed thing: `{"name","p50_ms","p95_ms", ...extra}`, in that key order.
 * `within_budget` is added when `budgetMs` is given (p95 ≤ budget).
 */
export function timingLine(
  name: string,
  samplesMs: readonly number[],
  extra: Readonly<Record<string, unknown>> = {},
  budgetMs?: number,
): Record<string, unknown> {
  const p95 = percentile(samplesMs, 95);
  const line: Record<string, unknown> = {
    name,
    p50_ms: roundMs(percentile(samplesMs, 50)),
    p95_ms: roundMs(p95),
  };
  if (budgetMs !== undefined) line.budget_ms = budgetMs;
  Object.assign(line, extra);
  if (budgetMs !== undefined) line.within_budget = p95 <= budgetMs;
  return line;
}

/** Prints one result line (JSON) on stdout. */
export function printLine(line: Readonly<Record<string, unknown>>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Progress and diagnostics: stderr only, so stdout stays one JSON object per line. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
