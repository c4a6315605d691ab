import { describe, expect, it } from 'vitest';
import { describeRange, parseNumberText, type NumberRule } from './parse';

const equity: NumberRule = { unit: 'usd', min: '0', minExclusive: true, max: '1000000000' };
const riskPct: NumberRule = { unit: 'percent', min: '0', minExclusive: true, max: '100' };
const pnl: NumberRule = { unit: 'usd', min: '-1000000000', max: '1000000000' };
const ticks: NumberRule = { unit: 'plain', min: '1', max: '10000', integer: true };

describe('parseNumberText', () => {
  it.each([
    ['25000', '25000'],
    ['25,000', '25000'],
    [' 2000 ', '2000'],
    ['2000.5', '2000.5'],
    ['2000.', '2000'],
    ['.5', '0.5'],
    ['$25,000.50', '25000.5'],
    ['1,234,567.89', '1234567.89'],
  ])('accepts %j as %s', (text, expected) => {
    const parsed = parseNumberText(text, equity);
    expect(parsed.status === 'ok' ? parsed.value.toString() : parsed).toBe(expected);
  });

  it.each([
    ['1.5%', '1.5'],
    ['100', '100'],
    ['0.25 %', '0.25'],
  ])('accepts the percentage %j', (text, expected) => {
    const parsed = parseNumberText(text, riskPct);
    expect(parsed.status === 'ok' ? parsed.value.toString() : parsed).toBe(expected);
  });

  it.each([
    ['-150', '-150'],
    ['-$1,500', '-1500'],
    ['\u2212150', '-150'],
  ])('accepts the negative amount %j', (text, expected) => {
    const parsed = parseNumberText(text, pnl);
    expect(parsed.status === 'ok' ? parsed.value.toString() : parsed).toBe(expected);
  });

  it.each(['', '   '])('treats %j as not entered yet', (text) => {
    expect(parseNumberText(text, equity)).toEqual({ status: 'empty' });
  });

  it.each([
    ['abc', '"abc" is not a number. Enter a number greater than $0 and at most $1,000,000,000.'],
    ['2,50', '"2,50" is not a number. Enter a number greater than $0 and at most $1,000,000,000.'],
    ['1e5', '"1e5" is not a number. Enter a number greater than $0 and at most $1,000,000,000.'],
    ['12.3.4', '"12.3.4" is not a number. Enter a number greater than $0 and at most $1,000,000,000.'],
    ['-', '"-" is not a number. Enter a number greater than $0 and at most $1,000,000,000.'],
    ['0', 'Enter a number greater than $0 and at most $1,000,000,000.'],
    ['-5000', 'Enter a number greater than $0 and at most $1,000,000,000.'],
    ['2000000000', 'Enter a number greater than $0 and at most $1,000,000,000.'],
  ])('rejects %j for equity with a message', (text, message) => {
    const problem = message.includes('is not a number') ? 'is not a number' : 'is out of range';
    expect(parseNumberText(text, equity)).toEqual({ status: 'error', message, problem });
  });

  it.each([
    ['0', 'Enter a number greater than 0% and at most 100%.'],
    ['100.01', 'Enter a number greater than 0% and at most 100%.'],
    ['$5', '"$5" is not a number. Enter a number greater than 0% and at most 100%.'],
  ])('rejects %j for a percentage', (text, message) => {
    const problem = message.includes('is not a number') ? 'is not a number' : 'is out of range';
    expect(parseNumberText(text, riskPct)).toEqual({ status: 'error', message, problem });
  });

  it('rejects fractions where a whole number is needed', () => {
    expect(parseNumberText('2.5', ticks)).toEqual({
      status: 'error',
      message: 'Enter a whole number at least 1 and at most 10,000.',
      problem: 'is out of range',
    });
  });
});

describe('describeRange', () => {
  it.each<[NumberRule, string]>([
    [{ unit: 'plain' }, 'a number'],
    [{ unit: 'plain', integer: true }, 'a whole number'],
    [{ unit: 'usd', min: '0' }, 'a number at least $0'],
    [
      { unit: 'plain', min: '0', minExclusive: true, max: '10', maxExclusive: true },
      'a number greater than 0 and less than 10',
    ],
  ])('describes %j as %s', (rule, words) => {
    expect(describeRange(rule)).toBe(words);
  });
});
