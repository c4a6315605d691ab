import { describe, expect, it } from 'vitest';
import type { Dec } from './decimal';
import { fieldReader, type FieldReader } from './fields';
import { RULES } from './inputs';
import { memoOnReads } from './readMemo';

type Key = 'a' | 'b' | 'c';
const texts = (a: string, b = '1', c = 'x'): Record<Key, string> => ({ a, b, c });

/** A step that reads `a` as a number and `c` straight from the texts, counting its runs. */
function countingStep() {
  const runs = { count: 0 };
  const step = memoOnReads((read: FieldReader<Key>, typed: Readonly<Record<Key, string>>, scale: number) => {
    runs.count += 1;
    const a: Dec | null = read.number('a', RULES.quantity);
    return { a: a === null ? null : a.toNumber() * scale, c: typed.c };
  });
  return { runs, step };
}

describe('memoOnReads', () => {
  it('returns its last result while the texts it read are the same, and runs again when one changes', () => {
    const { runs, step } = countingStep();
    const first = step(fieldReader(texts('2')), texts('2'), 10);
    expect(first).toEqual({ a: 20, c: 'x' });
    // `b` is not read by the step: changing it reuses the result, the same object.
    expect(step(fieldReader(texts('2', '7')), texts('2', '7'), 10)).toBe(first);
    expect(runs.count).toBe(1);
    expect(step(fieldReader(texts('3')), texts('3'), 10)).toEqual({ a: 30, c: 'x' });
    // `c` is read straight from the texts: that counts too.
    expect(step(fieldReader(texts('3', '1', 'y')), texts('3', '1', 'y'), 10)).toEqual({ a: 30, c: 'y' });
    expect(runs.count).toBe(3);
  });

  it('runs again when another argument is not the same', () => {
    const { runs, step } = countingStep();
    step(fieldReader(texts('2')), texts('2'), 10);
    expect(step(fieldReader(texts('2')), texts('2'), 100)).toEqual({ a: 200, c: 'x' });
    expect(runs.count).toBe(2);
  });

  it('leaves the messages of its run again when it reuses it', () => {
    const { runs, step } = countingStep();
    const fresh = fieldReader(texts('two'));
    step(fresh, texts('two'), 10);
    const again = fieldReader(texts('two'));
    expect(step(again, texts('two'), 10)).toEqual({ a: null, c: 'x' });
    expect(runs.count).toBe(1);
    expect(again.errors).toEqual(fresh.errors);
    expect(again.errors.a).toContain('not a number');
  });

  it('runs again when the messages before it differ (what it asks with hasError)', () => {
    let runs = 0;
    const step = memoOnReads((read: FieldReader<Key>) => {
      runs += 1;
      return read.hasError('b');
    });
    const quiet = fieldReader(texts('1'));
    expect(step(quiet, texts('1'))).toBe(false);
    const failed = fieldReader(texts('1'));
    failed.fail('b', 'b is out of range');
    expect(step(failed, texts('1'))).toBe(true);
    expect(runs).toBe(2);
  });

  it('runs every time when it reads the messages record itself', () => {
    let runs = 0;
    const step = memoOnReads((read: FieldReader<Key>) => {
      runs += 1;
      return Object.keys(read.errors).length;
    });
    step(fieldReader(texts('1')), texts('1'));
    step(fieldReader(texts('1')), texts('1'));
    expect(runs).toBe(2);
  });
});
