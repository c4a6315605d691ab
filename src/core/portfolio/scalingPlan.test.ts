import { describe, expect, it } from 'vitest';
import { D, ZERO, type Dec } from '../decimal';
import { builtInProduct } from '../products/registry';
import type { PortfolioAsset, StopDistance } from './portfolioSizing';
import {
  DEFAULT_MILESTONES_USD,
  defaultMilestones,
  parseMilestonesText,
  scalingPlan,
  type ScalingAsset,
} from './scalingPlan';

const d = (text: string): Dec => new D(text);
const points = (text: string): StopDistance => ({ kind: 'points', points: d(text) });
const rates = { riskPercent: d('1.5'), maxMarginPercentPerAsset: d('20') };

function row(
  symbol: string,
  price: string,
  stop: string,
  margin: string,
  partnerMargin: string | null,
): ScalingAsset {
  const spec = builtInProduct(symbol);
  if (spec === undefined) throw new Error(`no product ${symbol}`);
  const asset: PortfolioAsset = {
    spec,
    side: 'long',
    price: d(price),
    stop: points(stop),
    slippageTicks: ZERO,
    costs: { marginPerContractUsd: d(margin), commissionPerSideUsd: ZERO },
    referenceAtrPoints: null,
  };
  return {
    asset,
    partnerCosts:
      partnerMargin === null ? null : { marginPerContractUsd: d(partnerMargin), commissionPerSideUsd: ZERO },
  };
}

describe('scaling plan', () => {
  it('the worked plan ladder: budgets 75 · 112.50 · 150 · 225 · 300 · 375 · 450', () => {
    const plan = scalingPlan(
      [
        row('MES', '5800.00', '14.00', '100', '1000'), // $70: 1 1 2 3 4 5 6
        row('MNQ', '20500.00', '30.00', '100', '1000'), // $60: 1 1 2 3 5 6 7
        row('MGC', '2400.0', '6.0', '500', '5000'), // $60
        row('MCL', '71.00', '0.60', '500', '5000'), // $60
      ],
      rates,
      defaultMilestones(),
    );
    expect(plan.map((r) => r.cells?.map((c) => c.contracts).join(' '))).toEqual([
      '1 1 2 3 4 5 6',
      '1 1 2 3 5 6 7',
      '1 1 2 3 5 6 7',
      '1 1 2 3 5 6 7',
    ]);
    // None of them reaches ten micros by $30,000, and no mix holds a standard yet.
    expect(plan.map((r) => [r.microsReachRatioAt, r.standardInMixAt])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(plan[0]?.pair).toEqual({ standard: 'ES', micro: 'MES', ratio: 10 });
  });

  it('MES reaches 10 micros at $50,000 ($750 ÷ $70 = 10), where the mix takes 1 ES', () => {
    const milestones = [...defaultMilestones(), d('50000')];
    const [mes] = scalingPlan([row('MES', '5800.00', '14.00', '100', '1000')], rates, milestones);
    expect(mes?.microsReachRatioAt).toBe(7);
    expect(mes?.standardInMixAt).toBe(7);
    expect(mes?.cells?.[7]?.mix).toEqual({ standard: 1, micro: 0, exposureMicroUnits: 10, binding: 'risk' });
  });

  it('SIL (1 : 5) at $50 a contract: 5 SIL at $20,000, where 1 SI ($250) replaces them in the mix', () => {
    // Budgets 75 · 112.50 · 150 · 225 · 300 · 375 · 450 → SIL 1 2 3 4 6 7 9. SI risks 0.05 × $5,000 = $250.
    const [sil] = scalingPlan([row('SIL', '30.000', '0.050', '300', '1500')], rates, defaultMilestones());
    expect(sil?.cells?.map((c) => c.contracts).join(' ')).toBe('1 2 3 4 6 7 9');
    expect(sil?.microsReachRatioAt).toBe(4);
    expect(sil?.standardInMixAt).toBe(4);
    expect(sil?.cells?.[4]?.mix).toEqual({ standard: 1, micro: 1, exposureMicroUnits: 6, binding: 'risk' });
  });

  it('a standard whose margin exceeds the cap never enters the mix, though the micros reach the ratio', () => {
    // SI margin $5,000 is above 20 % of every milestone up to $20,000; at $25,000 and $30,000 one SI leaves too
    // little margin for the micros, so 7 and 9 SIL stay the better exposure.
    const [sil] = scalingPlan([row('SIL', '30.000', '0.050', '300', '5000')], rates, defaultMilestones());
    expect(sil?.microsReachRatioAt).toBe(4);
    expect(sil?.standardInMixAt).toBeNull();
  });

  it('without partner costs there is no mix; a zero stop cannot be planned', () => {
    const [noPartner, zero] = scalingPlan(
      [row('MES', '5800.00', '14.00', '100', null), row('MES', '5800.00', '0', '100', null)],
      rates,
      defaultMilestones(),
    );
    expect(noPartner?.cells?.every((c) => c.mix === null)).toBe(true);
    expect(zero?.cells).toBeNull();
  });
});

describe('milestones field', () => {
  it('defaults to the issue’s plan', () => {
    expect(DEFAULT_MILESTONES_USD.join(' · ')).toBe('5000 · 7500 · 10000 · 15000 · 20000 · 25000 · 30000');
  });

  it.each([
    ['5,000 · 7,500 · 10,000', '5000 7500 10000'],
    ['5000; 7500\n10000 | $12,500', '5000 7500 10000 12500'],
  ])('reads %j', (text, expected) => {
    const parsed = parseMilestonesText(text);
    expect(parsed.status === 'ok' ? parsed.value.map((v) => v.toFixed()).join(' ') : parsed).toBe(expected);
  });

  it.each([
    ['5000 5000', 'Milestone 2 ("5000") must be larger than the one before.'],
    ['5000 abc', 'Milestone 2: "abc" is not a number. Enter a number greater than $0.'],
    ['5000,7500', 'Milestone 1: "5000,7500" is not a number. Enter a number greater than $0.'],
    ['0', 'Milestone 1: Enter a number greater than $0.'],
    [Array.from({ length: 21 }, (_, i) => String(1000 * (i + 1))).join(' '), 'Enter at most 20 milestones.'],
  ])('refuses %j', (text, message) => {
    expect(parseMilestonesText(text)).toEqual({ status: 'error', message });
  });

  it('empty means not entered yet', () => {
    expect(parseMilestonesText('  ')).toEqual({ status: 'empty' });
  });
});
