/**
 * Exact whole-number arithmetic on finite decimals, for the hot paths of sizing (every asset × every
 * milestone × every keystroke). A decimal.js division at 40 significant digits costs microseconds; here a
 * Dec is read once as a whole number and a power of ten (value = int ÷ 10^decimals, BigInt), and floors
 * and comparisons are integer operations — exact, never rounded by a float.
 *
 * Roundings (named, each says its direction):
 * - `wholeUnitsDown`: whole contracts that fit, rounded DOWN (as `rounding.ts` `contractsDown`: a size never
 *   exceeds what the budget or the margin cap allows);
 * - `stopRiskScaled`: a stop onto the tick grid, DOWN for a long and UP for a short (as `tickGrid.ts`
 *   `snapStopAwayFromEntry`: the stop moves away from entry, so the risk is never understated);
 * - `percentNearest`: part ÷ whole × 100 to 6 decimals, half up — a display ratio (shown to at most 2
 *   decimals); decisions such as "above the cap" compare amounts exactly, never this percentage.
 */
import { D, type Dec } from '../decimal';

/** A finite decimal as int ÷ 10^decimals. */
export interface ScaledDecimal {
  readonly int: bigint;
  readonly decimals: number;
}

/** Reads a Dec exactly: `toFixed()` writes every digit in plain notation (no exponent, no rounding). */
export function toScaled(value: Dec): ScaledDecimal {
  const text = value.toFixed();
  const dot = text.indexOf('.');
  if (dot < 0) return { int: BigInt(text), decimals: 0 };
  return { int: BigInt(text.slice(0, dot) + text.slice(dot + 1)), decimals: text.length - dot - 1 };
}

const POWERS_OF_TEN: bigint[] = [1n];

function powerOfTen(n: number): bigint {
  for (let i = POWERS_OF_TEN.length; i <= n; i += 1) POWERS_OF_TEN.push((POWERS_OF_TEN[i - 1] ?? 1n) * 10n);
  return POWERS_OF_TEN[n] ?? 1n;
}

/** Back to a Dec, exactly. */
export function fromScaled(value: ScaledDecimal): Dec {
  return new D(value.decimals === 0 ? value.int.toString() : `${value.int.toString()}e-${value.decimals}`);
}

/** value × 10^scale as a whole number (scale ≥ the value's decimals, so nothing is lost). */
export function atScale(value: ScaledDecimal, scale: number): bigint {
  return value.int * powerOfTen(scale - value.decimals);
}

/** ⌊n ÷ d⌋ for d ≠ 0, any signs (BigInt division truncates toward zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** Whole units that fit: ⌊amount ÷ cost⌋ rounded DOWN, 0 for a negative amount; cost > 0. */
export function wholeUnitsDown(amount: ScaledDecimal, cost: ScaledDecimal): number {
  if (amount.int < 0n) return 0;
  const scale = Math.max(amount.decimals, cost.decimals);
  return Number(atScale(amount, scale) / atScale(cost, scale));
}

/** Decimals `percentNearest` keeps. */
const PERCENT_DECIMALS = 6;

/** part ÷ whole × 100 to 6 decimals, rounded half up; part ≥ 0, whole > 0. */
export function percentNearest(part: Dec, whole: Dec): Dec {
  const p = toScaled(part);
  const w = toScaled(whole);
  const scale = Math.max(p.decimals, w.decimals);
  const numerator = atScale(p, scale) * 100n * powerOfTen(PERCENT_DECIMALS) * 2n;
  const denominator = atScale(w, scale) * 2n;
  const rounded = (numerator + atScale(w, scale)) / denominator;
  return new D(`${rounded.toString()}e-${PERCENT_DECIMALS}`);
}

/** A stop snapped away from entry and the dollar risk of one contract, all exact. */
export interface ScaledStopRisk {
  readonly stop: ScaledDecimal;
  /** |entry − snapped stop|. */
  readonly distance: ScaledDecimal;
  /** distance × multiplier + slippage ticks × tick value + 2 × commission per side. */
  readonly risk: ScaledDecimal;
}

/** The figures of one product a stop needs, read once. */
export interface ScaledProductFigures {
  readonly tick: ScaledDecimal;
  readonly multiplier: ScaledDecimal;
  readonly tickValue: ScaledDecimal;
}

/**
 * The sizer's stop rule on scaled integers: stop = entry ∓ distance, snapped to the tick away from entry
 * (down for a long, up for a short); risk per contract = snapped distance × multiplier + slippage ticks ×
 * tick value + 2 × commission. Null when the distance is not > 0.
 */
export function stopRiskScaled(
  product: ScaledProductFigures,
  side: 'long' | 'short',
  price: ScaledDecimal,
  distance: ScaledDecimal,
  slippageTicks: ScaledDecimal,
  commissionPerSide: ScaledDecimal,
): ScaledStopRisk | null {
  if (distance.int <= 0n) return null;
  const scale = Math.max(price.decimals, distance.decimals, product.tick.decimals);
  const p = atScale(price, scale);
  const d = atScale(distance, scale);
  const t = atScale(product.tick, scale);
  const ticks = side === 'long' ? floorDiv(p - d, t) : -floorDiv(-(p + d), t);
  const stop = ticks * t;
  const gap = p > stop ? p - stop : stop - p;
  const riskScale = Math.max(
    scale + product.multiplier.decimals,
    slippageTicks.decimals + product.tickValue.decimals,
    commissionPerSide.decimals,
  );
  const risk =
    atScale({ int: gap * product.multiplier.int, decimals: scale + product.multiplier.decimals }, riskScale) +
    atScale(
      {
        int: slippageTicks.int * product.tickValue.int,
        decimals: slippageTicks.decimals + product.tickValue.decimals,
      },
      riskScale,
    ) +
    atScale({ int: 2n * commissionPerSide.int, decimals: commissionPerSide.decimals }, riskScale);
  return {
    stop: { int: stop, decimals: scale },
    distance: { int: gap, decimals: scale },
    risk: { int: risk, decimals: riskScale },
  };
}
