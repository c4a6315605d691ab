/**
 * Memoisation for a step of computeDesk that reads input fields through the desk's FieldReader. The step
 * runs again unless all of these are as on its last run:
 * - the text of every field it read (through the reader or straight from the texts),
 * - the messages already at fields when it starts (a step can ask `hasError`, and the first message wins),
 * - the reader's contract registry, and its other arguments (by Object.is: pass the same objects, not
 *   new ones per call).
 * Then it returns its last result and leaves again, in order, the messages it left, so the reader ends with
 * exactly the messages a fresh run would leave: the step is a function of these alone. A step that reads the
 * reader's `errors` or `warnings` record runs every time. The reader must be the one over `texts`.
 */
import type { FieldErrors, FieldReader } from './fields';
import type { ProductRegistry } from './products/registry';

type Reader<K extends string> = FieldReader<K>;
type Texts<K extends string> = Readonly<Record<K, string>>;

/** What a run of the step used and left. */
interface Run<K extends string, A extends readonly unknown[], R> {
  /** Each field read, with its text (an array: checking it on every call allocates nothing). */
  readonly texts: readonly (readonly [K, string])[];
  /** The messages at fields when the run started (see `messagesAt`). */
  readonly before: string;
  readonly registry: ProductRegistry;
  readonly args: A;
  readonly result: R;
  /** Messages the run added, in order. */
  readonly errors: readonly (readonly [K, string])[];
  readonly warnings: readonly (readonly [K, string])[];
}

/** Every message at the reader's fields, as one text (a step's runs compare it: there are few messages). */
function messagesAt<K extends string>(read: Reader<K>): string {
  return JSON.stringify([read.errors, read.warnings]);
}

/** The entries of `after` that `before` (its keys, taken before the run) did not have. */
function added<K extends string>(
  before: ReadonlySet<string>,
  after: FieldErrors<K>,
): (readonly [K, string])[] {
  return (Object.entries(after) as [K, string | undefined][]).flatMap(([key, message]) =>
    before.has(key) || message === undefined ? [] : [[key, message] as const],
  );
}

/** True when a call with these arguments would run the step exactly as `last` did. */
function isSameRun<K extends string, A extends readonly unknown[], R>(
  last: Run<K, A, R>,
  read: Reader<K>,
  texts: Texts<K>,
  args: A,
  before: string,
): boolean {
  if (last.registry !== read.registry || last.args.length !== args.length || last.before !== before) {
    return false;
  }
  for (let i = 0; i < args.length; i++) if (!Object.is(last.args[i], args[i])) return false;
  // Index loops: no iterator and no destructuring, so a check allocates nothing.
  for (let i = 0; i < last.texts.length; i++) {
    const seen = last.texts[i];
    if (seen !== undefined && texts[seen[0]] !== seen[1]) return false;
  }
  return true;
}

export function memoOnReads<K extends string, A extends readonly unknown[], R>(
  step: (read: Reader<K>, texts: Texts<K>, ...args: A) => R,
): (read: Reader<K>, texts: Texts<K>, ...args: A) => R {
  let last: Run<K, A, R> | null = null;
  return (read, texts, ...args) => {
    const before = messagesAt(read);
    if (last !== null && isSameRun(last, read, texts, args, before)) {
      for (const [key, message] of last.errors) read.fail(key, message);
      for (const [key, message] of last.warnings) read.warn(key, message);
      return last.result;
    }
    const used = new Map<K, string>();
    // Set when the step reads the messages themselves: its run then depends on more than the memory holds.
    const run = { cacheable: true };
    const note = (key: K) => {
      used.set(key, texts[key]);
    };
    const tracking: Reader<K> = {
      registry: read.registry,
      get errors() {
        run.cacheable = false;
        return read.errors;
      },
      get warnings() {
        run.cacheable = false;
        return read.warnings;
      },
      number(key, rule) {
        note(key);
        return read.number(key, rule);
      },
      numberOr(key, rule, whenEmpty) {
        note(key);
        return read.numberOr(key, rule, whenEmpty);
      },
      hasError(key) {
        note(key);
        return read.hasError(key);
      },
      price(key, rule, spec) {
        note(key);
        return read.price(key, rule, spec);
      },
      choice(key, options) {
        note(key);
        return read.choice(key, options);
      },
      symbol(key) {
        note(key);
        return read.symbol(key);
      },
      fail(key, message) {
        read.fail(key, message);
      },
      warn(key, message) {
        read.warn(key, message);
      },
      problem(key, rule) {
        note(key);
        return read.problem(key, rule);
      },
    };
    const trackedTexts = new Proxy(texts, {
      get(target, key, receiver) {
        if (typeof key === 'string' && Object.hasOwn(target, key)) used.set(key as K, target[key as K]);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const errorsBefore = new Set(Object.keys(read.errors));
    const warningsBefore = new Set(Object.keys(read.warnings));
    const result = step(tracking, trackedTexts, ...args);
    last = run.cacheable
      ? {
          texts: [...used],
          before,
          registry: read.registry,
          args,
          result,
          errors: added(errorsBefore, read.errors),
          warnings: added(warningsBefore, read.warnings),
        }
      : null;
    return result;
  };
}
