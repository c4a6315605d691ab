/**
 * Reading parsed values out of the raw input texts while collecting one message per field. Compute
 * functions use a FieldReader so that "empty", "invalid" and "valid" are handled the same way everywhere:
 * an empty or invalid field yields null (dependent results show "—"), an invalid one also leaves its message.
 */
import type { Dec } from './decimal';
import { formatPrice } from './format';
import { parseNumberText, type NumberProblem, type NumberRule, type Parsed } from './parse';
import { BUILT_IN_REGISTRY, type ProductRegistry, type ProductSpec } from './products/registry';
import { isOnTickGrid, nearestGridPrices } from './tickGrid';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export interface FieldReader<K extends string> {
  /** The field's number, or null when empty or invalid (the message is recorded). */
  number(key: K, rule: NumberRule): Dec | null;
  /** Like `number`, but an empty field means `whenEmpty`; null only when the text is invalid. */
  numberOr(key: K, rule: NumberRule, whenEmpty: Dec): Dec | null;
  /** True when the field has a message. */
  hasError(key: K): boolean;
  /** A price that must lie on the contract's tick grid. */
  price(key: K, rule: NumberRule, spec: ProductSpec): Dec | null;
  /** One of `options`, or null (with a message) for anything else. */
  choice<T extends string>(key: K, options: readonly T[]): T | null;
  /** The product of the registry the field names, or null (with a message). */
  symbol(key: K): ProductSpec | null;
  /** Records a message for a field (first message wins). */
  fail(key: K, message: string): void;
  /** Records a warning for a field: the value is used, but looks wrong (first warning wins). */
  warn(key: K, message: string): void;
  /** Why a number field has no value ("is empty", "is not a number", "is out of range"), or null when it has one. */
  problem(key: K, rule: NumberRule): NumberProblem | 'is empty' | null;
  readonly errors: FieldErrors<K>;
  readonly warnings: FieldErrors<K>;
  /** The contracts `symbol` looks up. */
  readonly registry: ProductRegistry;
}

/** Message for a price that is not a whole number of ticks, naming the two nearest valid prices. */
function offGridMessage(price: Dec, spec: ProductSpec): string {
  const [below, above] = nearestGridPrices(price, spec.tickPoints);
  return `${price.toString()} is not on the ${spec.symbol} tick grid (tick ${spec.tickPoints.toFixed(spec.priceDecimals)}): use ${formatPrice(below, spec)} or ${formatPrice(above, spec)}.`;
}

/** Parsed texts per rule: a recompute parses the same texts as the last one but for the field typed into. */
const parsedTexts = new WeakMap<NumberRule, Map<string, Parsed<Dec>>>();
/** Distinct texts kept per rule before its cache starts over (a bound on memory, not a tuning knob). */
const TEXTS_PER_RULE = 1024;

/** parseNumberText, memoised on (rule, text): both are immutable inputs and a Dec is immutable. */
function parseCached(text: string, rule: NumberRule): Parsed<Dec> {
  let byText = parsedTexts.get(rule);
  if (byText === undefined) {
    byText = new Map();
    parsedTexts.set(rule, byText);
  }
  const cached = byText.get(text);
  if (cached !== undefined) return cached;
  if (byText.size >= TEXTS_PER_RULE) byText.clear();
  const parsed = parseNumberText(text, rule);
  byText.set(text, parsed);
  return parsed;
}

/**
 * A reader over `texts` that records messages into its own `errors`. Contract fields name a product of
 * `registry` (the built-ins and the trader's custom contracts).
 */
export function fieldReader<K extends string>(
  texts: Readonly<Record<K, string>>,
  registry: ProductRegistry = BUILT_IN_REGISTRY,
): FieldReader<K> {
  const errors: FieldErrors<K> = {};
  const warnings: FieldErrors<K> = {};
  const fail = (key: K, message: string) => {
    errors[key] ??= message;
  };
  // Panels share inputs (margins, equity): each text is parsed once per reader and rule.
  const parsedByKey = new Map<K, { rule: NumberRule; parsed: Parsed<Dec> }>();
  const parse = (key: K, rule: NumberRule): Parsed<Dec> => {
    const cached = parsedByKey.get(key);
    if (cached?.rule === rule) return cached.parsed;
    const parsed = parseCached(texts[key], rule);
    if (parsed.status === 'error') fail(key, parsed.message);
    parsedByKey.set(key, { rule, parsed });
    return parsed;
  };
  const number = (key: K, rule: NumberRule): Dec | null => {
    const parsed = parse(key, rule);
    return parsed.status === 'ok' ? parsed.value : null;
  };
  return {
    errors,
    warnings,
    registry,
    fail,
    warn(key, message) {
      warnings[key] ??= message;
    },
    problem(key, rule) {
      const parsed = parse(key, rule);
      if (parsed.status === 'empty') return 'is empty';
      return parsed.status === 'error' ? (parsed.problem ?? 'is not valid') : null;
    },
    number,
    numberOr(key, rule, whenEmpty) {
      return texts[key].trim() === '' ? whenEmpty : number(key, rule);
    },
    hasError(key) {
      return errors[key] !== undefined;
    },
    price(key, rule, spec) {
      const value = number(key, rule);
      if (value === null) return null;
      if (!isOnTickGrid(value, spec.tickPoints)) {
        fail(key, offGridMessage(value, spec));
        return null;
      }
      return value;
    },
    choice<T extends string>(key: K, options: readonly T[]): T | null {
      const text = texts[key];
      const found = options.find((option) => option === text);
      if (found === undefined) fail(key, `Choose one of: ${options.join(', ')}.`);
      return found ?? null;
    },
    symbol(key) {
      const text = texts[key];
      const spec = registry.get(text);
      if (spec !== undefined) return spec;
      fail(
        key,
        `Unknown contract "${text}". Choose one of: ${registry.products.map((p) => p.symbol).join(', ')}.`,
      );
      return null;
    },
  };
}
