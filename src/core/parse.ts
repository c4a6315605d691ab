/**
 * Parsing of what people type into number fields. Accepts `25000`, `25,000`, `2000.5`, ` 2000 `, `.5`,
 * `2000.`, a leading `-` where negatives are allowed, a leading `$` on money fields and a trailing `%` on
 * percentage fields. Commas must group thousands (`2,50` is rejected as ambiguous). Anything else is
 * rejected with a message that names the problem and the allowed range. Never throws.
 */
import { D, type Dec } from './decimal';
import { groupThousands } from './format';

export type Parsed<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly message: string; readonly problem?: NumberProblem };

/** What is wrong with a non-empty number text, in the words a note uses ("M2K initial margin is not a number"). */
export type NumberProblem = 'is not a number' | 'is out of range' | 'is not valid';

export type NumberUnit = 'usd' | 'percent' | 'plain';

export interface NumberRule {
  readonly unit: NumberUnit;
  /** Lower bound as a decimal string; `minExclusive` makes it strict. */
  readonly min?: string;
  readonly minExclusive?: boolean;
  readonly max?: string;
  readonly maxExclusive?: boolean;
  /** Whole numbers only (contract counts, ticks, periods). */
  readonly integer?: boolean;
}

const NUMBER_PATTERN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;

function describeBound(value: string, unit: NumberUnit): string {
  const grouped = groupThousands(value);
  if (unit === 'usd') return value.startsWith('-') ? `-$${grouped.slice(1)}` : `$${grouped}`;
  if (unit === 'percent') return `${grouped}%`;
  return grouped;
}

/** Words for a rule's range: "greater than 0 and at most 100%", "a whole number from 1 to 500". */
export function describeRange(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) {
    parts.push(
      `${rule.minExclusive === true ? 'greater than' : 'at least'} ${describeBound(rule.min, rule.unit)}`,
    );
  }
  if (rule.max !== undefined) {
    parts.push(
      `${rule.maxExclusive === true ? 'less than' : 'at most'} ${describeBound(rule.max, rule.unit)}`,
    );
  }
  const range = parts.join(' and ');
  if (rule.integer === true) return range === '' ? 'a whole number' : `a whole number ${range}`;
  return range === '' ? 'a number' : `a number ${range}`;
}

function stripAffixes(text: string, unit: NumberUnit): string {
  let body = text;
  if (unit === 'percent' && body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  if (unit === 'usd') {
    if (body.startsWith('-$')) body = `-${body.slice(2)}`;
    else if (body.startsWith('$')) body = body.slice(1);
  }
  return body.replace(/^\u2212/, '-');
}

/** Parses a number field's text by its rule: empty, a Dec, or a message for the field. */
export function parseNumberText(text: string, rule: NumberRule): Parsed<Dec> {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty' };
  const body = stripAffixes(trimmed, rule.unit);
  if (!NUMBER_PATTERN.test(body) || !/\d/.test(body)) {
    return {
      status: 'error',
      message: `"${trimmed}" is not a number. Enter ${describeRange(rule)}.`,
      problem: 'is not a number',
    };
  }
  const value = new D(body.replace(/,/g, '').replace(/\.$/, ''));
  const outOfRange =
    (rule.min !== undefined && (rule.minExclusive === true ? value.lte(rule.min) : value.lt(rule.min))) ||
    (rule.max !== undefined && (rule.maxExclusive === true ? value.gte(rule.max) : value.gt(rule.max))) ||
    (rule.integer === true && !value.isInteger());
  if (outOfRange)
    return { status: 'error', message: `Enter ${describeRange(rule)}.`, problem: 'is out of range' };
  return { status: 'ok', value };
}
