import { describe, expect, it } from 'vitest';
import { CONTRACTS, pairOf, type ContractSymbol } from './contracts';
import type { ProductPair } from './products/registry';

function pairFor(symbol: ContractSymbol): ProductPair {
  const pair = pairOf(CONTRACTS[symbol]);
  if (pair === null) throw new Error(`${symbol} has no pairing`);
  return pair;
}
const RTY_PAIR = pairFor('RTY');
const ES_PAIR = pairFor('ES');
import { D } from './decimal';
import {
  dailyLossLeftUsd,
  leverageRatio,
  marginCapUsd,
  netRewardToRisk,
  notionalUsd,
  rewardToRisk,
  riskBudget,
  riskPerContractUsd,
  sizeMix,
  sizeSingle,
  type ContractCost,
} from './positionSize';

const d = (s: string) => new D(s);
const cost = (symbol: ContractSymbol, risk: string, margin: string): ContractCost => ({
  spec: CONTRACTS[symbol],
  riskUsd: d(risk),
  marginUsd: d(margin),
});
const counts = (legs: readonly { spec: { symbol: string }; count: number }[]) =>
  legs.map((l) => `${l.count} ${l.spec.symbol}`).join(' + ');

describe('risk per contract', () => {
  it.each([
    // 10 points × $5 + 1 tick × $0.50 + 2 × $0.62
    ['M2K', '2000', '1990', '1', '0.62', '51.74'],
    // 10 points × $50 + 1 tick × $5 + 2 × $2.25
    ['RTY', '2000', '1990', '1', '2.25', '509.5'],
    // short: 4 points × $50 + 2 ticks × $12.50 + 2 × $2.25
    ['ES', '5800', '5804', '2', '2.25', '229.5'],
    // no costs: 12.5 points × $5 = $62.50 (MES)
    ['MES', '5800', '5787.5', '0', '0', '62.5'],
    ['MYM', '42000', '41900', '1', '0.62', '51.74'],
  ] as const)(
    '%s entry %s stop %s, slippage %s ticks, commission %s → $%s',
    (symbol, entry, stop, slip, commission, risk) => {
      expect(
        riskPerContractUsd(CONTRACTS[symbol], d(entry), d(stop), d(slip), d(commission)).toString(),
      ).toBe(risk);
    },
  );
});

describe('risk budget', () => {
  it.each([
    ['5000', '1.5', '75'],
    ['7500', '1.5', '112.5'],
    ['25000', '1', '250'],
  ])('$%s equity at %s percent → $%s', (equity, percent, budget) => {
    const b = riskBudget(d(equity), { kind: 'percent', percent: d(percent) }, null);
    expect(b.budgetUsd.toString()).toBe(budget);
    expect(b.source).toBe('risk');
  });

  it('uses a fixed dollar amount as given', () => {
    expect(riskBudget(d('25000'), { kind: 'usd', usd: d('300') }, null).budgetUsd.toString()).toBe('300');
  });

  it.each([
    // limit, realized P&L, left
    ['500', '0', '500'],
    ['500', '-200', '300'],
    ['500', '-650', '0'],
    ['500', '400', '500'],
  ])('a $%s daily limit after %s realized leaves $%s', (limit, pnl, left) => {
    expect(dailyLossLeftUsd({ limitUsd: d(limit), realizedPnlUsd: d(pnl) }).toString()).toBe(left);
  });

  it('is capped by what is left of the daily loss limit', () => {
    const b = riskBudget(
      d('25000'),
      { kind: 'percent', percent: d('1') },
      { limitUsd: d('500'), realizedPnlUsd: d('-320') },
    );
    expect(b.budgetUsd.toString()).toBe('180');
    expect(b.source).toBe('daily loss');
    expect(b.fromRiskUsd.toString()).toBe('250');
  });
});

describe('sizing', () => {
  it('4 M2K: $250 budget ÷ $51.74 per contract, margin cap allows 5', () => {
    const size = sizeSingle(cost('M2K', '51.74', '892'), d('250'), marginCapUsd(d('25000'), d('20')), 'risk');
    expect(counts(size.legs)).toBe('4 M2K');
    expect(size.binding).toBe('risk');
  });

  it('margin binds when the cap allows fewer contracts than the budget', () => {
    const size = sizeSingle(cost('M2K', '20', '892'), d('250'), d('5000'), 'risk');
    expect(counts(size.legs)).toBe('5 M2K');
    expect(size.binding).toBe('margin');
  });

  it('an exact fit counts the contract (rounding down keeps whole fits)', () => {
    expect(counts(sizeSingle(cost('MES', '62.5', '1695'), d('250'), d('10000'), 'risk').legs)).toBe('4 MES');
  });

  it('reports the daily loss limit as binding when it sets the budget', () => {
    const size = sizeSingle(cost('M2K', '51.74', '892'), d('180'), d('5000'), 'daily loss');
    expect(counts(size.legs)).toBe('3 M2K');
    expect(size.binding).toBe('daily loss');
  });

  it('mixes 1 RTY + 9 M2K rather than 19 M2K for the same exposure (fewer contracts)', () => {
    const size = sizeMix(
      RTY_PAIR,
      cost('RTY', '509.5', '8920'),
      cost('M2K', '51.74', '892'),
      d('1000'),
      d('20000'),
      'risk',
    );
    expect(counts(size.legs)).toBe('1 RTY + 9 M2K');
    expect(size.binding).toBe('risk');
  });

  it('under a binding margin cap, breaks an exposure tie toward fewer contracts', () => {
    // budget $1,400: 2 × 509.50 = 1,019 leaves 381 → 7 M2K by risk; margin 20,000 − 17,840 = 2,160 → 2 M2K.
    const size = sizeMix(
      RTY_PAIR,
      cost('RTY', '509.5', '8920'),
      cost('M2K', '51.74', '892'),
      d('1400'),
      d('20000'),
      'risk',
    );
    // a = 1: 890.5 / 51.74 → 17 by risk, (20000 − 8920) / 892 → 12 by margin → 22 micro units;
    // a = 2: min(7, 2) → 22 micro units as well; the tie goes to fewer contracts: 2 RTY + 2 M2K.
    expect(counts(size.legs)).toBe('2 RTY + 2 M2K');
    expect(size.binding).toBe('margin');
  });

  it('prefers micros when a mini costs more risk than ten micros', () => {
    // One ES risks $520, ten MES $500: $1,000 buys 20 MES (20 micro units) but only 1 ES + 9 MES (19).
    const size = sizeMix(
      ES_PAIR,
      cost('ES', '520', '100'),
      cost('MES', '50', '10'),
      d('1000'),
      d('100000'),
      'risk',
    );
    expect(counts(size.legs)).toBe('0 ES + 20 MES');
  });
});

describe('notional, leverage and reward', () => {
  it.each([
    ['RTY', '2000', '1', '100000'],
    ['ES', '5800', '1', '290000'],
    ['M2K', '2000', '29', '290000'],
    ['MES', '5800', '10', '290000'],
  ] as const)('%s at %s × %s = $%s notional', (symbol, price, count, notional) => {
    expect(notionalUsd(d(price), CONTRACTS[symbol], d(count)).toString()).toBe(notional);
  });

  it('margin leverage of one M2K at 2,000 on $715 is 13.99 : 1', () => {
    expect(leverageRatio(d('10000'), d('715'))?.toFixed(2)).toBe('13.99');
    expect(leverageRatio(d('10000'), d('0'))).toBeNull();
  });

  it('reward to risk is the target distance over the stop distance', () => {
    expect(rewardToRisk(d('2000'), d('1990'), d('2030')).toString()).toBe('3');
    expect(rewardToRisk(d('5800'), d('5810'), d('5785')).toString()).toBe('1.5');
  });

  it('net reward to risk takes costs off the reward and counts them in the risk', () => {
    // (30 × 5 − 1.24) ÷ 51.74 = 148.76 ÷ 51.74
    expect(netRewardToRisk(CONTRACTS.M2K, d('2000'), d('2030'), d('0.62'), d('51.74')).toFixed(4)).toBe(
      '2.8751',
    );
  });
});
