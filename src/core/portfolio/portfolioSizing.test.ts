import { describe, expect, it } from 'vitest';
import { D, ZERO, type Dec } from '../decimal';
import { builtInProduct, type ProductSpec } from '../products/registry';
import {
  sizeAsset,
  sizeAssetMix,
  sizePortfolio,
  stopRisk,
  type PortfolioAccount,
  type PortfolioAsset,
  type StopDistance,
} from './portfolioSizing';

const spec = (symbol: string): ProductSpec => {
  const found = builtInProduct(symbol);
  if (found === undefined) throw new Error(`no product ${symbol}`);
  return found;
};
const d = (text: string): Dec => new D(text);
const points = (text: string): StopDistance => ({ kind: 'points', points: d(text) });
const account = (equity: string, risk = '1.5', margin = '20'): PortfolioAccount => ({
  equityUsd: d(equity),
  riskPercent: d(risk),
  maxMarginPercentPerAsset: d(margin),
});

/** A row with commission and slippage 0 unless given. */
function asset(
  symbol: string,
  price: string,
  stop: StopDistance,
  margin: string | null,
  extra: Partial<PortfolioAsset> = {},
): PortfolioAsset {
  return {
    spec: spec(symbol),
    side: 'long',
    price: d(price),
    stop,
    slippageTicks: ZERO,
    costs: { marginPerContractUsd: margin === null ? null : d(margin), commissionPerSideUsd: ZERO },
    referenceAtrPoints: null,
    ...extra,
  };
}

// The worked plan (commission and slippage 0). Margins are day-trade margins the plan assumes:
// $100 for the equity micros (FACTS.md: often $50–$100 at discount brokers) and $500 for MGC and MCL
// (assumed), all under the 20 % cap ($1,000 at $5,000).
const plan = [
  asset('MES', '5800.00', points('14.00'), '100'), // 14.00 × $5 = $70
  asset('MNQ', '20500.00', points('30.00'), '100'), // 30.00 × $2 = $60
  asset('MGC', '2400.0', points('6.0'), '500'), // 6.0 × $10 = $60
  asset('MCL', '71.00', points('0.60'), '500'), // 0.60 × $100 = $60
];
const allOnes = plan.map(() => plan.map(() => 1));

describe('the worked plan', () => {
  it('at $5,000 and 1.5 % ($75): one of each', () => {
    const result = sizePortfolio(plan, account('5000'), allOnes);
    expect(result.rows.map((r) => r?.riskPerContractUsd.toFixed(2))).toEqual([
      '70.00',
      '60.00',
      '60.00',
      '60.00',
    ]);
    expect(result.rows.map((r) => r?.contracts)).toEqual([1, 1, 1, 1]);
    expect(result.rows.map((r) => r?.binding)).toEqual(['risk', 'risk', 'risk', 'risk']);
    expect(result.rows[0]?.budgetUsd.toFixed(2)).toBe('75.00');
    // Margin $100 of $5,000 = 2 %; $500 = 10 %.
    expect(result.rows.map((r) => r?.marginPercentOfEquity?.toFixed(2))).toEqual([
      '2.00',
      '2.00',
      '10.00',
      '10.00',
    ]);
    expect(result.totals.marginUsd?.toFixed(2)).toBe('1200.00');
    expect(result.totals.riskUsd.toFixed(2)).toBe('250.00');
    expect(result.totals.largestRiskUsd.toFixed(2)).toBe('70.00');
    // Correlation 1 everywhere (the default): the correlated risk is the sum.
    expect(result.totals.correlatedRiskUsd?.toFixed(2)).toBe('250.00');
  });

  it('at $10,000 ($150): two of each', () => {
    const result = sizePortfolio(plan, account('10000'), allOnes);
    expect(result.rows.map((r) => r?.contracts)).toEqual([2, 2, 2, 2]);
    expect(result.totals.riskUsd.toFixed(2)).toBe('500.00');
  });

  it('uncorrelated, the risks add in quadrature: √(70² + 3 × 60²) = √15,700 = 125.30', () => {
    const identity = plan.map((_, i) => plan.map((__, j) => (i === j ? 1 : 0)));
    expect(sizePortfolio(plan, account('5000'), identity).totals.correlatedRiskUsd?.toFixed(2)).toBe(
      '125.30',
    );
  });

  it('two assets with $100 risk each: ρ 1 → $200.00, 0 → $141.42, 0.8 → $189.74', () => {
    // $10,000 × 1 % = $100: 1 MES at 20.00 points ($100) and 1 MNQ at 50.00 points ($100).
    const two = [
      asset('MES', '5800.00', points('20.00'), '100'),
      asset('MNQ', '20500.00', points('50.00'), '100'),
    ];
    const at = (rho: number) =>
      sizePortfolio(two, account('10000', '1'), [
        [1, rho],
        [rho, 1],
      ]).totals.correlatedRiskUsd?.toFixed(2);
    expect([at(1), at(0), at(0.8)]).toEqual(['200.00', '141.42', '189.74']);
  });
});

describe('risk per contract on each product’s own tick', () => {
  it.each<[string, 'long' | 'short', string, string, string, string, string, string]>([
    // MCL 71.37 − 2.5 × 0.4133 = 70.33675 → down to 70.33: 1.04 × $100 + 1 tick $1 + 2 × $0.62 = $106.24.
    ['MCL', 'long', '71.37', '1.03325', '1', '0.62', '70.33', '106.24'],
    // Short: 71.37 + 1.03325 = 72.40325 → up to 72.41, the same 1.04 away.
    ['MCL', 'short', '71.37', '1.03325', '1', '0.62', '72.41', '106.24'],
    // 6E short 1.08500 + 0.00123 = 1.08623 → up to 1.08625 (tick 0.00005): 0.00125 × 125,000 = $156.25.
    ['6E', 'short', '1.08500', '0.00123', '0', '0', '1.08625', '156.25'],
    // M6E, tick 0.0001: 1.0850 + 0.00123 → 1.0863: 0.0013 × 12,500 = $16.25 (not a tenth of 6E's $156.25).
    ['M6E', 'short', '1.0850', '0.00123', '0', '0', '1.0863', '16.25'],
    // SIL long 30.000 − 0.123 = 29.877 → 29.875 (tick 0.005): 0.125 × $1,000 = $125.
    ['SIL', 'long', '30.000', '0.123', '0', '0', '29.875', '125.00'],
  ])('%s %s at %s, distance %s', (symbol, side, price, distance, slip, commission, stop, risk) => {
    const result = stopRisk(spec(symbol), side, d(price), d(distance), d(slip), d(commission));
    expect(result?.stopPrice.toFixed()).toBe(stop);
    expect(result?.riskPerContractUsd.toFixed(2)).toBe(risk);
  });

  it('k × ATR: 2.5 × 0.4133 on MCL as above', () => {
    const row = asset('MCL', '71.37', { kind: 'atr', multiple: d('2.5'), atrPoints: d('0.4133') }, '500', {
      slippageTicks: d('1'),
      costs: { marginPerContractUsd: d('500'), commissionPerSideUsd: d('0.62') },
    });
    const sized = sizeAsset(row, account('10000'));
    expect(sized?.stopPrice.toFixed(2)).toBe('70.33');
    expect(sized?.stopDistancePoints.toFixed(2)).toBe('1.04');
    expect(sized?.contracts).toBe(1); // ⌊150 ÷ 106.24⌋
    expect(sized?.riskUsd.toFixed(2)).toBe('106.24');
  });

  it('a zero distance cannot be sized', () => {
    expect(sizeAsset(asset('MES', '5800.00', points('0'), '100'), account('5000'))).toBeNull();
  });
});

describe('which limit binds, and why a row is empty', () => {
  it('the margin cap: MES initial $1,695 above 20 % of $5,000', () => {
    const sized = sizeAsset(asset('MES', '5800.00', points('14.00'), '1695'), account('5000'));
    expect(sized?.contractsByRisk).toBe(1);
    expect(sized?.contractsByMargin).toBe(0);
    expect(sized?.contracts).toBe(0);
    expect(sized?.binding).toBe('margin');
    expect(sized?.zeroBecause).toBe('margin-above-cap');
    expect(sized?.marginPerContractAboveCap).toBe(true);
    expect(sized?.marginUsd?.toFixed(2)).toBe('0.00');
  });

  it('one contract above the budget: MNQ 40 points = $80 > $75', () => {
    const sized = sizeAsset(asset('MNQ', '20500.00', points('40.00'), '100'), account('5000'));
    expect(sized?.contracts).toBe(0);
    expect(sized?.zeroBecause).toBe('risk-per-contract-above-budget');
    expect(sized?.binding).toBe('risk');
  });

  it('the cap binds above zero: 4 by risk, 2 by margin', () => {
    // $20,000 × 1.5 % = $300 → ⌊300 ÷ 70⌋ = 4 MES; cap $4,000 ÷ $1,695 = 2.
    const sized = sizeAsset(asset('MES', '5800.00', points('14.00'), '1695'), account('20000'));
    expect([sized?.contractsByRisk, sized?.contractsByMargin, sized?.contracts]).toEqual([4, 2, 2]);
    expect(sized?.binding).toBe('margin');
    expect(sized?.zeroBecause).toBeNull();
  });

  it('without a margin figure only the budget limits, and the margin total is unknown', () => {
    const rows = [
      asset('MES', '5800.00', points('14.00'), null),
      plan[1] ?? asset('MNQ', '1', points('1'), null),
    ];
    const result = sizePortfolio(rows, account('5000'), [
      [1, 1],
      [1, 1],
    ]);
    expect(result.rows[0]?.contractsByMargin).toBeNull();
    expect(result.rows[0]?.marginUsd).toBeNull();
    expect(result.totals.marginUsd).toBeNull();
    expect(result.totals.rowsWithoutMargin).toBe(1);
  });
});

describe('volatility: contracts fall when the ATR rises', () => {
  const atr = (value: string): StopDistance => ({ kind: 'atr', multiple: d('2'), atrPoints: d(value) });

  it('MGC at 2 × ATR, $10,000 ($150): ATR 3.0 → $60 → 2 contracts; ATR 4.0 → $80 → 1, and the row says why', () => {
    const calm = sizeAsset(
      asset('MGC', '2400.0', atr('3.0'), '500', { referenceAtrPoints: d('3.0') }),
      account('10000'),
    );
    expect(calm?.contracts).toBe(2);
    expect(calm?.volatility).toBeNull();
    const wild = sizeAsset(
      asset('MGC', '2400.0', atr('4.0'), '500', { referenceAtrPoints: d('3.0') }),
      account('10000'),
    );
    expect(wild?.contracts).toBe(1);
    expect(wild?.riskUsd.toFixed(2)).toBe('80.00');
    expect(wild?.volatility?.contractsAtReference).toBe(2);
    expect(wild?.volatility?.atrPoints.toFixed(1)).toBe('4.0');
  });

  it('no note when the size did not change or there is no reference', () => {
    const same = sizeAsset(
      asset('MGC', '2400.0', atr('3.1'), '500', { referenceAtrPoints: d('3.0') }),
      account('10000'),
    );
    expect(same?.contracts).toBe(2);
    expect(same?.volatility).toBeNull();
    expect(sizeAsset(asset('MGC', '2400.0', atr('4.0'), '500'), account('10000'))?.volatility).toBeNull();
  });
});

describe('the pair mix for an asset', () => {
  it('MES with ES: $100,000 × 1.5 % = $1,500 → 2 ES + 1 MES (21 units: $1,400 + $70)', () => {
    const row = asset('MES', '5800.00', points('14.00'), '50');
    const mixed = sizeAssetMix(
      row,
      { marginPerContractUsd: d('500'), commissionPerSideUsd: ZERO },
      account('100000'),
    );
    expect(mixed?.pair.standard.symbol).toBe('ES');
    expect(mixed?.standardRiskPerContractUsd.toFixed(2)).toBe('700.00');
    expect(mixed?.mix).toEqual({ standard: 2, micro: 1, exposureMicroUnits: 21, binding: 'risk' });
  });

  it('SIL with SI (1 : 5): 0.20 × $1,000 = $200 and $1,000; $1,500 → 1 SI + 2 SIL (7 units, fewest contracts)', () => {
    const row = asset('SIL', '30.000', points('0.200'), '300');
    const mixed = sizeAssetMix(
      row,
      { marginPerContractUsd: d('1500'), commissionPerSideUsd: ZERO },
      account('100000'),
    );
    expect(mixed?.mix).toEqual({ standard: 1, micro: 2, exposureMicroUnits: 7, binding: 'risk' });
  });

  it('the standard row sizes the same pair from its side', () => {
    const row = asset('ES', '5800.00', points('14.00'), '500');
    const mixed = sizeAssetMix(
      row,
      { marginPerContractUsd: d('50'), commissionPerSideUsd: ZERO },
      account('100000'),
    );
    expect(mixed?.mix.standard).toBe(2);
    expect(mixed?.pair.micro.symbol).toBe('MES');
  });
});
