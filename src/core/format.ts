/**
 * Display formatting, as traders read figures: $1,234.50 (a minus sign in front of the dollar sign),
 * 13.99 : 1, prices with thousands separators at the contract's tick precision, percentages with two
 * decimals. Callers choose the rounding (see rounding.ts): core rounds every figure as it is shown, so
 * here the rounding calls only fix the number of decimals of an already-rounded value (they change
 * nothing) — they stay so that a field message may format a typed value as it is.
 *
 * Digits are grouped by `Intl.NumberFormat('en-US')` over the exact decimal string (`Dec.toFixed`), never
 * over a float: since ES2023 (Intl.NumberFormat v3) a string numeric literal is formatted exactly, whatever
 * its length (checked on Node 20.20 and Chromium 156: "1234567890123456789012.50" keeps every digit).
 */
import type { ProductSpec } from './products/registry';
import type { Dec } from './decimal';
import { ratioNearest, usdCentsNearest } from './rounding';

/** Shown wherever a figure cannot be computed yet (empty or invalid input). */
export const NO_VALUE = '—';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** en-US grouping with exactly `places` decimals (one formatter per number of places, made once). */
function numberFormat(places: number): Intl.NumberFormat {
  let format = numberFormats.get(places);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: places, maximumFractionDigits: places });
    numberFormats.set(places, format);
  }
  return format;
}

/**
 * `value` with `places` decimals and thousands separators: "1,234.50", "-0.3448". `toFixed` only pads or
 * (for a value not yet rounded) rounds half-up; Intl then formats that exact decimal string.
 */
export function formatFixed(value: Dec, places: number): string {
  // A Dec's toFixed is always a plain decimal numeral, the string form Intl formats exactly.
  return numberFormat(places).format(value.toFixed(places) as Intl.StringNumericLiteral);
}

/** Inserts thousands separators into a plain decimal string such as "-1234.50". */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const [whole = '', fraction] = unsigned.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** "$1,234.50" / "-$1,234.50". The amount should already be rounded to cents in the intended direction. */
export function formatUsd(amount: Dec): string {
  const cents = usdCentsNearest(amount);
  const text = formatFixed(cents.abs(), 2);
  return cents.isNegative() && !cents.isZero() ? `-$${text}` : `$${text}`;
}

/** "+$1,234.50" / "-$1,234.50" / "$0.00": P&L with an explicit sign. */
export function formatSignedUsd(amount: Dec): string {
  const cents = usdCentsNearest(amount);
  return cents.gt(0) ? `+${formatUsd(cents)}` : formatUsd(cents);
}

/** A price at the contract's tick precision, grouped: "2,000.0", "5,800.25", "42,000". */
export function formatPrice(price: Dec, spec: ProductSpec): string {
  return formatFixed(price, spec.priceDecimals);
}

/** Index points at the contract's tick precision with a sign: "-140.0 pts". */
export function formatSignedPoints(points: Dec, spec: ProductSpec): string {
  const text = formatFixed(points, spec.priceDecimals);
  return `${points.gt(0) ? '+' : ''}${text} pts`;
}

/** "13.99 : 1". */
export function formatRatio(ratio: Dec): string {
  return `${formatFixed(ratioNearest(ratio, 2), 2)} : 1`;
}

/** "12.34%" from a percentage value (12.34, not 0.1234). */
export function formatPercent(percent: Dec, places = 2): string {
  return `${formatFixed(ratioNearest(percent, places), places)}%`;
}

/** "-12.34%" / "+3.50%". */
export function formatSignedPercent(percent: Dec, places = 2): string {
  const rounded = ratioNearest(percent, places);
  return `${rounded.gt(0) ? '+' : ''}${formatPercent(rounded, places)}`;
}

/** A plain decimal with a fixed number of places and thousands separators: "0.3448". */
export function formatDecimal(value: Dec, places: number): string {
  return formatFixed(ratioNearest(value, places), places);
}

/** "5 M2K", or a mini + micro mix "2 RTY + 6 M2K" (zero legs are left out, "0 M2K" when both are zero). */
export function formatContracts(
  legs: readonly { count: number; symbol: string }[],
  fallbackSymbol: string,
): string {
  const held = legs.filter((leg) => leg.count > 0);
  if (held.length === 0) return `0 ${fallbackSymbol}`;
  return held.map((leg) => `${numberFormat(0).format(leg.count)} ${leg.symbol}`).join(' + ');
}
