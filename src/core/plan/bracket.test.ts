import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '../contracts';
import { D, ZERO, type Dec } from '../decimal';
import type { Side } from '../positionSize';
import {
  checkQuantities,
  computeBracket,
  snapTargetTowardEntry,
  splitQuantity,
  type Bracket,
  type BracketInput,
  type TargetSpec,
} from './bracket';

const d = (s: string) => new D(s);
const at = (price: string): TargetSpec => ({ kind: 'price', price: d(price) });
const r = (multiple: string): TargetSpec => ({ kind: 'r', multiple: d(multiple) });

const M2K_EXAMPLE: BracketInput = {
  contract: CONTRACTS.M2K,
  side: 'long',
  entry: d('2000.0'),
  stop: d('1990.0'),
  quantity: 6,
  targets: [at('2010.0'), at('2020.0'), at('2030.0')],
  quantities: [2, 2, 2],
  slippageTicks: ZERO,
  commissionPerSideUsd: ZERO,
  breakevenAfterTarget1: false,
};

function ok(input: BracketInput): Bracket {
  const result = computeBracket(input);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.bracket;
}

function errorsOf(input: BracketInput): Record<string, string> {
  const result = computeBracket(input);
  return result.status === 'error' ? result.errors : {};
}

const usd = (values: readonly Dec[]) => values.map((v) => v.toFixed(2));

describe('even split of the position over the targets', () => {
  it.each([
    [6, 3, [2, 2, 2]],
    [7, 3, [2, 2, 3]],
    [8, 3, [2, 2, 4]],
    [5, 2, [2, 3]],
    [1, 1, [1]],
    [3, 3, [1, 1, 1]],
  ])('%i contracts over %i targets → %j (remainder on the last)', (total, parts, split) => {
    expect(splitQuantity(total, parts)).toEqual(split);
  });

  it.each([
    [2, 3],
    [0, 1],
    [5, 4],
    [5, 0],
    [1.5, 1],
  ])('%d contracts over %d targets is no split', (total, parts) => {
    expect(splitQuantity(total, parts)).toBeNull();
  });
});

describe('typed quantities', () => {
  it.each([
    [[2, 2, 2], 6, 3, null],
    [[1, 2, 2], 6, 3, 'The target quantities add up to 5; the position is 6 contracts.'],
    [[3, 0, 3], 6, 3, 'Target 2 needs a whole number of contracts, at least 1.'],
    [[3, 3], 6, 3, 'Give a quantity for each of the 3 targets.'],
    [[1.5, 4.5], 6, 2, 'Target 1 needs a whole number of contracts, at least 1.'],
  ])('%j for a position of %i over %i targets → %s', (quantities, total, targets, message) => {
    const checked = checkQuantities(quantities, total, targets);
    expect(checked.status === 'error' ? checked.message : null).toBe(message);
  });
});

describe('target snapping toward entry', () => {
  it.each([
    ['long', '2010.05', '0.1', '2010'],
    ['short', '1989.95', '0.1', '1990'],
    ['long', '5812.6', '0.25', '5812.5'],
    ['short', '5787.4', '0.25', '5787.5'],
    ['long', '2010.0', '0.1', '2010'],
  ] as const)('a %s target at %s on a %s grid → %s', (side, price, tick, snapped) => {
    expect(snapTargetTowardEntry(d(price), side, d(tick)).toString()).toBe(snapped);
  });
});

describe('the issue 9 example: M2K long 6 @ 2000.0, stop 1990.0, no costs', () => {
  const b = ok(M2K_EXAMPLE);

  it('gives the bracket in ticks: stop −100, targets +100/+200/+300', () => {
    expect(b.stopTicksFromEntry).toBe(-100);
    expect(b.legs.map((l) => l.ticksFromEntry)).toEqual([100, 200, 300]);
    expect(b.legs.map((l) => l.quantity)).toEqual([2, 2, 2]);
  });

  it('rewards $600.00 if all fill against $300.00 risk: blended R:R 2.00 : 1', () => {
    // 2 × 10 pts × $5 + 2 × 20 × $5 + 2 × 30 × $5 = 100 + 200 + 300; risk 6 × 10 × $5 = 300
    expect(usd(b.legs.map((l) => l.pnlIfFilledUsd))).toEqual(['100.00', '200.00', '300.00']);
    expect(b.rewardIfAllFillUsd.toFixed(2)).toBe('600.00');
    expect(b.riskUsd.toFixed(2)).toBe('300.00');
    expect(b.blendedRewardToRisk.toFixed(2)).toBe('2.00');
    expect(b.legs.map((l) => l.rewardToRisk.toFixed(2))).toEqual(['1.00', '2.00', '3.00']);
  });

  it('worst case stop first: −$300.00, −$100.00 per target', () => {
    expect(b.stopFirstUsd.toFixed(2)).toBe('-300.00');
    expect(usd(b.legs.map((l) => l.stopFirstUsd))).toEqual(['-100.00', '-100.00', '-100.00']);
  });

  it('lists the outcomes k targets filled then the rest stopped', () => {
    // k=1: 100 − 4 × 50 = −100; k=2: 300 − 2 × 50 = 200
    expect(usd(b.outcomes.map((o) => o.pnlUsd))).toEqual(['-300.00', '-100.00', '200.00', '600.00']);
    expect(b.outcomes.map((o) => o.restStoppedAt)).toEqual(['stop', 'stop', 'stop', 'none']);
  });

  it('with breakeven after target 1, the rest is stopped at entry', () => {
    const be = ok({ ...M2K_EXAMPLE, breakevenAfterTarget1: true });
    expect(usd(be.outcomes.map((o) => o.pnlUsd))).toEqual(['-300.00', '100.00', '300.00', '600.00']);
    expect(be.outcomes.map((o) => o.restStoppedAt)).toEqual(['stop', 'breakeven', 'breakeven', 'none']);
  });

  it('splits evenly when no quantities are typed', () => {
    expect(ok({ ...M2K_EXAMPLE, quantities: null }).legs.map((l) => l.quantity)).toEqual([2, 2, 2]);
    expect(ok({ ...M2K_EXAMPLE, quantity: 7, quantities: null }).legs.map((l) => l.quantity)).toEqual([
      2, 2, 3,
    ]);
  });
});

describe('with costs: 1 tick slippage on the stop, $0.62 commission per side', () => {
  const b = ok({
    ...M2K_EXAMPLE,
    slippageTicks: d('1'),
    commissionPerSideUsd: d('0.62'),
    breakevenAfterTarget1: true,
  });

  it('risk uses the sizer rule; targets pay commission, no slippage', () => {
    // risk per contract 10 × 5 + 1 × 0.50 + 2 × 0.62 = 51.74; × 6 = 310.44
    expect(b.riskPerContractUsd.toFixed(2)).toBe('51.74');
    expect(b.riskUsd.toFixed(2)).toBe('310.44');
    // 2 × (50 − 1.24) = 97.52; 2 × (100 − 1.24) = 197.52; 2 × (150 − 1.24) = 297.52
    expect(usd(b.legs.map((l) => l.pnlIfFilledUsd))).toEqual(['97.52', '197.52', '297.52']);
    expect(b.rewardIfAllFillUsd.toFixed(2)).toBe('592.56');
    // 592.56 ÷ 310.44 = 1.9088…; 48.76 ÷ 51.74 = 0.9424…
    expect(b.blendedRewardToRisk.toFixed(2)).toBe('1.91');
    expect(b.legs[0]?.rewardToRisk.toFixed(4)).toBe('0.9424');
  });

  it('stopped at breakeven still pays slippage and commission', () => {
    // k=1: 97.52 − 4 × (0.50 + 1.24) = 90.56; k=2: 295.04 − 2 × 1.74 = 291.56
    expect(usd(b.outcomes.map((o) => o.pnlUsd))).toEqual(['-310.44', '90.56', '291.56', '592.56']);
  });
});

describe('a short mirrors the long', () => {
  const b = ok({
    contract: CONTRACTS.ES,
    side: 'short',
    entry: d('5800'),
    stop: d('5810'),
    quantity: 3,
    targets: [r('1'), r('2.5')],
    quantities: null,
    slippageTicks: ZERO,
    commissionPerSideUsd: ZERO,
    breakevenAfterTarget1: false,
  });

  it('offsets: stop −40 ticks, targets +40 and +100 ticks; 1 and 2 contracts', () => {
    expect(b.stopTicksFromEntry).toBe(-40);
    expect(b.legs.map((l) => [l.price.toString(), l.ticksFromEntry, l.quantity])).toEqual([
      ['5790', 40, 1],
      ['5775', 100, 2],
    ]);
  });

  it('risk 3 × 10 × $50 = $1,500; reward 500 + 2 × 25 × 50 = $3,000; blended 2.00', () => {
    expect(b.riskUsd.toFixed(2)).toBe('1500.00');
    expect(b.rewardIfAllFillUsd.toFixed(2)).toBe('3000.00');
    expect(b.blendedRewardToRisk.toFixed(2)).toBe('2.00');
  });
});

describe('R targets snap toward entry, the stop away from it', () => {
  it.each([
    // distance 6.7 × 1.5 = 10.05 → 2010.05 → 2010.0
    ['long', '1993.3', '1.5', '2010', true],
    ['short', '2006.7', '1.5', '1990', true],
    ['long', '1990', '2', '2020', false],
  ] as const)('%s from 2000, stop %s, %s R → %s', (side: Side, stop, multiple, price, snapped) => {
    const b = ok({
      ...M2K_EXAMPLE,
      side,
      stop: d(stop),
      quantity: 1,
      targets: [r(multiple)],
      quantities: null,
    });
    expect(b.legs[0]?.price.toString()).toBe(price);
    expect(b.legs[0]?.snapped).toBe(snapped);
  });

  it('a computed stop between ticks moves away from entry', () => {
    const b = ok({ ...M2K_EXAMPLE, stop: d('1990.05') });
    expect(b.stop.toString()).toBe('1990');
    expect(b.stopSnapped).toBe(true);
    expect(b.stopTicksFromEntry).toBe(-100);
  });
});

describe('bad input gives messages, never a bracket', () => {
  it.each([
    [{ targets: [at('1995.0')], quantities: null }, 'target1', 'A long target must be above entry (2000.0).'],
    [
      { targets: [at('2010.05')], quantities: null },
      'target1',
      '2010.05 is not on the M2K tick grid: use 2010.0 or 2010.1.',
    ],
    [{ targets: [r('0')], quantities: null }, 'target1', 'Enter an R multiple greater than 0.'],
    [{ targets: [r('0.001')], quantities: null }, 'target1', '0.001 R is less than one tick from entry.'],
    [
      { targets: [at('2020.0'), at('2010.0')], quantities: null },
      'target2',
      'Target 2 (2010.0) is nearer to entry than target 1 (2020.0).',
    ],
    [
      { quantities: [2, 2, 1] },
      'quantities',
      'The target quantities add up to 5; the position is 6 contracts.',
    ],
    [{ quantity: 2, quantities: null }, 'quantities', '2 contracts cannot be split over 3 targets.'],
    [{ stop: d('2005.0') }, 'stop', 'A long stop must be below entry (2000.0).'],
    [{ stop: d('2000.0') }, 'stop', 'A long stop must be below entry (2000.0).'],
    [{ entry: d('2000.05') }, 'entry', '2000.05 is not on the M2K tick grid: use 2000.0 or 2000.1.'],
    [{ quantity: 0 }, 'quantity', 'The position must be a whole number of contracts, at least 1.'],
    [{ targets: [] }, 'targets', 'Enter 1 to 3 targets.'],
  ] as [Partial<BracketInput>, string, string][])('%j → %s: %s', (change, field, message) => {
    expect(errorsOf({ ...M2K_EXAMPLE, ...change })[field]).toBe(message);
  });

  it('a short target above entry is on the wrong side', () => {
    const errors = errorsOf({
      ...M2K_EXAMPLE,
      side: 'short',
      stop: d('2010.0'),
      targets: [at('2005.0')],
      quantities: null,
    });
    expect(errors.target1).toBe('A short target must be below entry (2000.0).');
  });
});
