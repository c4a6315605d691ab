import { describe, expect, it } from 'vitest';
import type { RiskGap } from '../book';
import type { CostProblem } from '../figures';
import { costProblemText, gapText, listSome } from './words';

describe('words shared by the sections', () => {
  it.each<[CostProblem, string]>([
    [{ symbol: 'M2K', field: 'initial', problem: 'is not a number' }, 'M2K initial margin is not a number'],
    [{ symbol: 'ES', field: 'dayTrade', problem: 'is empty' }, 'ES day-trade margin is empty'],
    [
      { symbol: 'RTY', field: 'maintenance', problem: 'is out of range' },
      'RTY maintenance margin is out of range',
    ],
    [{ symbol: 'MNQ', field: 'commission', problem: 'is empty' }, 'MNQ commission is empty'],
  ])('a cost field problem in words: %j', (problem, text) => {
    expect(costProblemText(problem)).toBe(text);
  });

  it.each<[RiskGap, string]>([
    [{ number: 2, why: { kind: 'no-stop' } }, 'Position 2 has no stop'],
    [{ number: 3, why: { kind: 'bad-stop' } }, 'Position 3: the stop is not a valid price'],
    [{ number: 4, why: { kind: 'no-mark', family: 'ES' } }, 'Position 4: ES has no usable reference price'],
    [{ number: 5, why: { kind: 'bad-slippage' } }, "Position 5: the sizer's slippage is not valid"],
    [
      { number: 6, why: { kind: 'bad-commission', symbol: 'MES' } },
      'Position 6: the MES commission is not valid',
    ],
  ])('a row whose risk is not counted: %j', (gap, text) => {
    expect(gapText(gap)).toBe(text);
  });

  it.each([
    [['a', 'b'], 'A; B'],
    [['a', 'b', 'c'], 'A; B; C'],
    [['a', 'b', 'c', 'd', 'e'], 'A; B; C; … and 2 more'],
  ])('lists at most three: %j', (items, text) => {
    expect(listSome(items, (item) => item.toUpperCase(), '; ')).toBe(text);
  });
});
