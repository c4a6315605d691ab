import { describe, expect, it } from 'vitest';
import { deskWith as desk } from '../../tests/support/desk';
import { DEFAULT_INPUTS, type InputKey } from './inputs';
import { convertRiskText } from './sizer';

const m2kLong = {
  equity: '25,000',
  riskPerTrade: '1',
  symbol: 'M2K',
  side: 'long',
  entry: '2000',
  stopPrice: '1990',
};

describe('trade sizer figures', () => {
  it('sizes 4 M2K long at 2,000 with a 1,990 stop on $25,000 at 1 %', () => {
    const { outputs, fieldErrors } = desk(m2kLong);
    expect(fieldErrors).toEqual({});
    expect(outputs).toMatchObject({
      contracts: '4 M2K',
      riskBudget: '$250.00',
      riskPerContract: '$51.74',
      totalRisk: '$206.96',
      stopAt: '1,990.0',
      notional: '$40,000.00',
      accountLeverage: '1.60 : 1',
      marginRequired: '$3,568.00',
      marginLeverage: '11.21 : 1',
      bindingLimit: 'risk',
      frontMonth: 'M2KZ6',
      lastTradingDay: '2026-12-18',
      rollDate: '2026-12-10',
      expiryNote: '27 days to expiry',
    });
  });

  it.each([
    ['5000', '1.5', '$75.00'],
    ['7500', '1.5', '$112.50'],
  ])('risk budget of %s at %s %% is %s (FACTS.md)', (equity, risk, budget) => {
    expect(desk({ equity, riskPerTrade: risk }).outputs.riskBudget).toBe(budget);
  });

  it('uses a fixed dollar risk when chosen', () => {
    expect(desk({ ...m2kLong, riskMode: 'usd', riskPerTrade: '$120' }).outputs).toMatchObject({
      riskBudget: '$120.00',
      contracts: '2 M2K',
    });
  });

  it('caps the budget by what is left of the daily loss limit', () => {
    const { outputs } = desk({ ...m2kLong, dailyLossLimit: '500', realizedPnl: '-380' });
    expect(outputs).toMatchObject({
      riskBudget: '$120.00',
      riskBudgetNote: 'Set by what is left of the daily loss limit',
      contracts: '2 M2K',
      bindingLimit: 'daily loss',
    });
  });

  it('explains a zero size when the daily loss limit is used up', () => {
    const { outputs } = desk({ ...m2kLong, dailyLossLimit: '500', realizedPnl: '-500' });
    expect(outputs).toMatchObject({
      contracts: '0 M2K',
      bindingLimit: 'daily loss',
      sizingNote: 'The daily loss limit is used up: no new risk today.',
    });
  });

  it('lets the margin cap bind', () => {
    // 5 % of $25,000 = $1,250 of margin: one M2K at $892 initial.
    const { outputs } = desk({ ...m2kLong, maxMarginPct: '5' });
    expect(outputs).toMatchObject({ contracts: '1 M2K', bindingLimit: 'margin', marginRequired: '$892.00' });
  });

  it('uses the chosen margin basis', () => {
    const { outputs } = desk({ ...m2kLong, maxMarginPct: '5', marginBasis: 'dayTrade' });
    expect(outputs).toMatchObject({ contracts: '2 M2K', marginRequired: '$892.00', bindingLimit: 'margin' });
  });

  it('explains why no contract fits the budget', () => {
    const { outputs } = desk({ ...m2kLong, equity: '2000' });
    expect(outputs).toMatchObject({
      contracts: '0 M2K',
      sizingNote: 'One M2K risks $51.74, more than the $20.00 budget.',
    });
  });

  it('mixes minis and micros when asked', () => {
    const { outputs } = desk({ ...m2kLong, equity: '100,000', mix: 'true' });
    expect(outputs).toMatchObject({
      contracts: '1 RTY + 9 M2K',
      totalRisk: '$975.16',
      notional: '$190,000.00',
    });
  });

  it('places a tick stop below a long entry', () => {
    const { outputs } = desk({ ...m2kLong, stopMethod: 'ticks', stopTicks: '100' });
    expect(outputs).toMatchObject({ stopAt: '1,990.0', contracts: '4 M2K' });
  });

  it('places an ATR stop 2.5 × ATR away from entry, snapped away from entry', () => {
    // 2.5 × 17.27 = 43.175 → long 1,956.825 → 1,956.8; short 2,043.175 → 2,043.2
    expect(desk({ ...m2kLong, stopMethod: 'atr', atr: '17.27' }).outputs.stopAt).toBe('1,956.8');
    expect(desk({ ...m2kLong, side: 'short', stopMethod: 'atr', atr: '17.27' }).outputs.stopAt).toBe(
      '2,043.2',
    );
  });

  it('shows the target and reward to risk', () => {
    const { outputs } = desk({ ...m2kLong, target: '2030' });
    expect(outputs).toMatchObject({
      targetAt: '2,030.0',
      rewardToRisk: '3.00 : 1',
      netRewardToRisk: '2.88 : 1',
    });
  });

  it('sizes a short ES', () => {
    const { outputs } = desk({
      equity: '100000',
      riskPerTrade: '1',
      symbol: 'ES',
      side: 'short',
      entry: '5800',
      stopPrice: '5804',
    });
    // 4 × 50 + 12.50 + 4.50 = 217.00 → 4 by risk; 20 % of $100,000 covers one $16,950 initial margin.
    expect(outputs).toMatchObject({
      riskPerContract: '$217.00',
      contracts: '1 ES',
      bindingLimit: 'margin',
      frontMonth: 'ESZ6',
      notional: '$290,000.00',
    });
  });
});

describe('bad input gives a message at the field and "—" in the figures', () => {
  it.each<[Partial<Record<InputKey, string>>, InputKey, string]>([
    [{ stopPrice: '2010' }, 'stopPrice', 'For a long, the stop must be below the entry price (2,000.0).'],
    [{ side: 'short' }, 'stopPrice', 'For a short, the stop must be above the entry price (2,000.0).'],
    [{ stopPrice: '2000' }, 'stopPrice', 'The stop equals the entry price: there is no distance to risk.'],
    [
      { entry: '2000.05' },
      'entry',
      '2000.05 is not on the M2K tick grid (tick 0.1): use 2,000.0 or 2,000.1.',
    ],
    [{ equity: '-5000' }, 'equity', 'Enter a number greater than $0 and at most $1,000,000,000.'],
    [
      { equity: 'lots' },
      'equity',
      '"lots" is not a number. Enter a number greater than $0 and at most $1,000,000,000.',
    ],
    [{ riskPerTrade: '0' }, 'riskPerTrade', 'Enter a number greater than 0% and at most 100%.'],
    [{ riskPerTrade: '150' }, 'riskPerTrade', 'Enter a number greater than 0% and at most 100%.'],
    [
      { stopMethod: 'ticks', stopTicks: '25000' },
      'stopTicks',
      'A stop 25000 ticks below 2,000.0 would be at or below zero.',
    ],
    [
      { stopMethod: 'ticks', stopTicks: '2.5' },
      'stopTicks',
      'Enter a whole number at least 1 and at most 100,000.',
    ],
    [{ 'M2K.initial': '0' }, 'M2K.initial', 'Enter a number greater than $0 and at most $10,000,000.'],
  ])('%j → message at %s', (overrides, key, message) => {
    const { outputs, fieldErrors } = desk({ ...m2kLong, ...overrides });
    expect(fieldErrors[key]).toBe(message);
    expect(outputs.contracts).toBe('—');
    expect(outputs.totalRisk).toBe('—');
  });

  it('rejects a target on the wrong side without touching the size', () => {
    const { outputs, fieldErrors } = desk({ ...m2kLong, target: '1995' });
    expect(fieldErrors.target).toBe('For a long, the target must be above the entry price (2,000.0).');
    expect(outputs).toMatchObject({ targetAt: '—', rewardToRisk: '—', contracts: '4 M2K' });
  });

  it('shows "—" and no message while fields are empty', () => {
    const { outputs, fieldErrors } = desk({ equity: '', riskPerTrade: '', entry: '', stopPrice: '' });
    expect(fieldErrors).toEqual({});
    expect(Object.values(outputs).filter((text) => /NaN|Infinity|undefined/.test(text))).toEqual([]);
    expect(outputs).toMatchObject({ contracts: '—', riskBudget: '—', stopAt: '—', frontMonth: 'M2KZ6' });
  });
});

describe('switching the risk unit keeps the budget', () => {
  it.each<[Partial<Record<InputKey, string>>, 'percent' | 'usd', string | null]>([
    [{ equity: '25,000', riskMode: 'percent', riskPerTrade: '1' }, 'usd', '250'],
    [{ equity: '7,500', riskMode: 'percent', riskPerTrade: '1.5' }, 'usd', '112.5'],
    [{ equity: '25,000', riskMode: 'usd', riskPerTrade: '$120' }, 'percent', '0.48'],
    // $100 of $30,000 = 0.33333…% → 0.3333 (down: never a larger budget)
    [{ equity: '30000', riskMode: 'usd', riskPerTrade: '100' }, 'percent', '0.3333'],
    [{ equity: 'lots', riskMode: 'percent', riskPerTrade: '1' }, 'usd', null],
    [{ equity: '25000', riskMode: 'percent', riskPerTrade: '' }, 'usd', null],
    [{ equity: '25000', riskMode: 'usd', riskPerTrade: '250' }, 'usd', null],
  ])('%j → %s: %s', (overrides, toMode, text) => {
    expect(convertRiskText({ ...DEFAULT_INPUTS, ...overrides }, toMode)).toBe(text);
  });
});
