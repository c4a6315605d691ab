/**
 * Synthetic daily bars for benchmarks and tests: a deterministic random walk, written as the CSV a
 * charting package would export (`Date,Open,High,Low,Close,Volume`, ISO dates, weekdays only, oldest first).
 *
 * Prices live on a 0.25-point tick grid (ES/MES) and are computed in whole ticks, so every printed price is
 * exact and every bar is valid OHLC: low ≤ min(open, close) ≤ max(open, close) ≤ high, low ≥ 1 tick.
 * Close-to-close moves are log-normal with about 1 % daily volatility. Same (count, seed) → same text.
 */

const TICK_POINTS = 0.25;
const START_PRICE_TICKS = 8000; // 2,000.00 points
const DAILY_VOLATILITY = 0.01;
const MS_PER_DAY = 86_400_000;
const FIRST_DAY_MS = Date.UTC(2000, 0, 3); // Monday 3 Jan 2000

/** mulberry32: a small, fast, seedable 32-bit generator; returns uniforms in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from two uniforms (Box–Muller). */
function normalFrom(uniform: () => number): number {
  const u = 1 - uniform(); // (0, 1]: log(0) never happens
  const v = uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01). */
function isoDateOfDay(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Ticks → price text with two decimals (exact: a quarter point is a binary fraction). */
function ticksToPriceText(ticks: number): string {
  return (ticks * TICK_POINTS).toFixed(2);
}

/**
 * A deterministic random-walk daily bars CSV: header `Date,Open,High,Low,Close,Volume` and `count` rows
 * of valid OHLC on weekdays from 2000-01-03. `count` ≤ 0 gives the header only.
 */
export function syntheticBarsCsv(count: number, seed: number): string {
  const uniform = mulberry32(seed);
  const lines: string[] = ['Date,Open,High,Low,Close,Volume'];
  let day = FIRST_DAY_MS / MS_PER_DAY;
  let previousClose = START_PRICE_TICKS;
  for (let i = 0; i < count; i++) {
    // 1970-01-01 was a Thursday: weekday 0 = Thursday, so 2 and 3 are Saturday and Sunday.
    while (day % 7 === 2 || day % 7 === 3) day++;
    const gap = Math.round(previousClose * DAILY_VOLATILITY * 0.2 * normalFrom(uniform));
    const open = Math.max(previousClose + gap, 4);
    const close = Math.max(Math.round(open * Math.exp(DAILY_VOLATILITY * normalFrom(uniform))), 4);
    const wick = previousClose * DAILY_VOLATILITY * 0.5;
    const high = Math.max(open, close) + Math.round(wick * uniform());
    const low = Math.max(Math.min(open, close) - Math.round(wick * uniform()), 1);
    const volume = 50_000 + Math.floor(uniform() * 150_000);
    lines.push(
      `${isoDateOfDay(day)},${ticksToPriceText(open)},${ticksToPriceText(high)},${ticksToPriceText(low)},${ticksToPriceText(close)},${volume}`,
    );
    previousClose = close;
    day++;
  }
  return `${lines.join('\n')}\n`;
}
