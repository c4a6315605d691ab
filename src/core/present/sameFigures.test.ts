import { describe, expect, it } from 'vitest';
import { D } from '../decimal';
import { sameFigures } from './sameFigures';

describe('figures compared by value', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['equal decimals written differently', new D('2.50'), new D('2.5'), true],
    ['zero and negative zero (both print "0.00")', new D('-0'), new D('0'), true],
    ['different decimals', new D('2.5'), new D('2.51'), false],
    ['a decimal against a number', new D('2'), 2, false],
    [
      'records with equal members',
      { a: new D('1.0'), b: 'x', c: null },
      { a: new D('1'), b: 'x', c: null },
      true,
    ],
    ['a missing member', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['an extra member', { a: 1 }, { a: 1, b: 2 }, false],
    ['arrays element by element', [new D(1), { n: 2 }], [new D('1.00'), { n: 2 }], true],
    ['arrays of different lengths', [1, 2], [1, 2, 3], false],
    ['an array against a record', [1], { 0: 1 }, false],
    ['maps by key and value', new Map([['p1', new D('3')]]), new Map([['p1', new D('3.0')]]), true],
    ['maps with another key', new Map([['p1', 1]]), new Map([['p2', 1]]), false],
    ['null against a record', null, {}, false],
    ['strings', 'Yes', 'No', false],
    ['booleans', true, true, true],
  ])('%s', (_, a, b, same) => {
    expect(sameFigures(a, b)).toBe(same);
    expect(sameFigures(b, a)).toBe(same);
  });
});
