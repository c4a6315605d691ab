/**
 * Equality of typed figures by value: decimals compare with `eq` (2.50 = 2.5), arrays and maps element by
 * element, records key by key, everything else with `Object.is`. Two figures that are the same by this test
 * are shown with the same text (a Dec prints the same for every representation of its value, −0 included),
 * which is what lets the presenter keep a section's view while its figures are unchanged.
 */
import { D } from '../decimal';

function sameArrays(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => sameFigures(item, b[i]));
}

function sameMaps(a: ReadonlyMap<unknown, unknown>, b: ReadonlyMap<unknown, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (!b.has(key) || !sameFigures(value, b.get(key))) return false;
  }
  return true;
}

function sameRecords(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameFigures((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** True when `a` and `b` are the same figures by value (see the module comment). */
export function sameFigures(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (D.isDecimal(a) || D.isDecimal(b)) return D.isDecimal(a) && D.isDecimal(b) && a.eq(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && sameArrays(a, b);
  }
  if (a instanceof Map || b instanceof Map) return a instanceof Map && b instanceof Map && sameMaps(a, b);
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) && sameRecords(a, b);
}

/**
 * Wraps a presenter so that figures the same by value as the last call's (see `sameFigures`) get the last
 * call's view, the same object: unchanged figures keep their texts, and selectors their equal strings.
 */
export function memoByValue<F, V>(present: (figures: F) => V): (figures: F) => V {
  let last: { readonly figures: F; readonly view: V } | null = null;
  return (figures) => {
    if (last !== null && sameFigures(last.figures, figures)) return last.view;
    const view = present(figures);
    last = { figures, view };
    return view;
  };
}
