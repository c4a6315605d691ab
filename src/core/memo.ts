/** Memoisation for pure functions of core (no state beyond the last call). */

/** Wraps a function so that a call with the same arguments as the previous call returns the previous result. */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last?.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i])))
      return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}
