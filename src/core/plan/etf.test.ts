import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '../contracts';
import { D } from '../decimal';
import {
  etfToFutures,
  futuresToEtf,
  microUnitsToMix,
  sharesForUsd,
  stagedEntry,
  type EtfEquivalent,
  type EtfInput,
  type FuturesPair,
} from './etf';
import type { PlanContract } from './planContract';

const d = (s: string) => new D(s);
const RUSSELL: FuturesPair = { mini: CONTRACTS.RTY, micro: CONTRACTS.M2K, microsPerMini: 10 };
// Silver pairs 5 : 1 (FACTS.md): SI 5,000 oz, SIL 1,000 oz, tick 0.005
const SI: PlanContract = {
  symbol: 'SI',
  multiplierUsd: d('5000'),
  tickPoints: d('0.005'),
  tickValueUsd: d('25'),
};
const SIL: PlanContract = {
  symbol: 'SIL',
  multiplierUsd: d('1000'),
  tickPoints: d('0.005'),
  tickValueUsd: d('5'),
};
const SILVER: FuturesPair = { mini: SI, micro: SIL, microsPerMini: 5 };

const TNA: EtfInput = {
  etfPrice: d('40'),
  leverage: d('3'),
  position: { kind: 'usd', usd: d('50000') },
  pair: RUSSELL,
  futuresPrice: d('2000'),
};

function ok(input: EtfInput): EtfEquivalent {
  const result = etfToFutures(input);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.equivalent;
}

describe('the issue 9 example: $50,000 of TNA (3×) at RTY 2,000', () => {
  const eq = ok(TNA);

  it('is $150,000 of Russell 2000 exposure = 15 M2K units = 1 RTY + 5 M2K', () => {
    // 50,000 ÷ 40 = 1,250 shares; × 3 = 150,000; M2K = 2,000 × $5 = $10,000
    expect(eq.shares.toString()).toBe('1250');
    expect(eq.positionValueUsd.toFixed(2)).toBe('50000.00');
    expect(eq.exposureUsd.toFixed(2)).toBe('150000.00');
    expect(eq.microNotionalUsd.toFixed(2)).toBe('10000.00');
    expect(eq.futures).toEqual({ microUnits: 15, minis: 1, micros: 5 });
    expect(eq.mismatchUsd.toFixed(2)).toBe('0.00');
  });

  it('carries the daily-reset note for a leveraged ETF', () => {
    expect(eq.dailyReset).toBe(true);
  });

  it('stages half now and the rest at confirmation', () => {
    const staged = stagedEntry(eq, 10);
    expect([staged.now.shares.toString(), staged.now.futures]).toEqual([
      '625',
      { microUnits: 7, minis: 0, micros: 7 },
    ]);
    expect([staged.atConfirmation.shares.toString(), staged.atConfirmation.futures]).toEqual([
      '625',
      { microUnits: 8, minis: 0, micros: 8 },
    ]);
  });

  it('back: 1 RTY + 5 M2K ÷ 3 = $50,000 of TNA = 1,250 shares', () => {
    const back = futuresToEtf({
      minis: 1,
      micros: 5,
      pair: RUSSELL,
      futuresPrice: d('2000'),
      etfPrice: d('40'),
      leverage: d('3'),
    });
    expect([
      back?.exposureUsd.toFixed(2),
      back?.shares,
      back?.positionValueUsd.toFixed(2),
      back?.dailyReset,
    ]).toEqual(['150000.00', 1250, '50000.00', true]);
  });
});

describe('other positions', () => {
  it('dollars buy whole shares, rounded down: $50,000 at $37.13 = 1,346 shares', () => {
    // 1,346 × 37.13 = 49,976.98; × 3 = 149,930.94 → 14.99 units → 15; 150,000 − 149,930.94 = 69.06
    const eq = ok({ ...TNA, etfPrice: d('37.13') });
    expect(eq.shares.toString()).toBe('1346');
    expect(eq.exposureUsd.toFixed(2)).toBe('149930.94');
    expect(eq.futures.microUnits).toBe(15);
    expect(eq.mismatchUsd.toFixed(2)).toBe('69.06');
  });

  it('500 shares of IWM (1×) at $200 = $100,000 = 1 RTY, no daily reset', () => {
    const eq = ok({
      ...TNA,
      etfPrice: d('200'),
      leverage: d('1'),
      position: { kind: 'shares', shares: d('500') },
    });
    expect(eq.futures).toEqual({ microUnits: 10, minis: 1, micros: 0 });
    expect(eq.dailyReset).toBe(false);
  });

  it('a tie goes to the smaller count: $15,000 of exposure is 1 M2K, not 2', () => {
    const eq = ok({ ...TNA, leverage: d('1'), position: { kind: 'usd', usd: d('15000') } });
    expect(eq.futures.microUnits).toBe(1);
  });

  it('silver pairs 5 : 1: $90,000 of a 2× silver ETF at $50, silver at 30 → 6 SIL units = 1 SI + 1 SIL', () => {
    // 1,800 shares × 50 × 2 = 180,000; SIL = 30 × 1,000 = 30,000 → 6 units
    const eq = ok({
      ...TNA,
      etfPrice: d('50'),
      leverage: d('2'),
      position: { kind: 'usd', usd: d('90000') },
      pair: SILVER,
      futuresPrice: d('30'),
    });
    expect(eq.futures).toEqual({ microUnits: 6, minis: 1, micros: 1 });
  });

  it('an odd number of shares stages the extra one later', () => {
    const eq = ok({ ...TNA, position: { kind: 'shares', shares: d('1251') } });
    const staged = stagedEntry(eq, 10);
    expect([staged.now.shares.toString(), staged.atConfirmation.shares.toString()]).toEqual(['625', '626']);
  });
});

describe('helpers', () => {
  it.each([
    ['50000', '40', '1250'],
    ['99.99', '10', '9'],
    ['5', '10', '0'],
  ])('$%s at $%s buys %s whole shares', (usd, price, shares) => {
    expect(sharesForUsd(d(usd), d(price)).toString()).toBe(shares);
  });

  it.each([
    [15, 10, 1, 5],
    [6, 5, 1, 1],
    [9, 10, 0, 9],
    [0, 10, 0, 0],
  ])('%i micro units at %i : 1 → %i minis + %i micros', (units, ratio, minis, micros) => {
    expect(microUnitsToMix(units, ratio)).toEqual({ microUnits: units, minis, micros });
  });
});

describe('bad input', () => {
  it.each([
    [{ etfPrice: d('0') }, 'etfPrice', 'Enter an ETF price greater than 0.'],
    [{ leverage: d('0') }, 'leverage', 'Enter a leverage greater than 0 (1 for IWM, 3 for TNA).'],
    [
      { position: { kind: 'shares', shares: d('1.5') } },
      'position',
      'Enter a whole number of shares, at least 0.',
    ],
    [{ position: { kind: 'usd', usd: d('-1') } }, 'position', 'Enter an amount of at least $0.'],
    [{ futuresPrice: d('0') }, 'futuresPrice', 'Enter a futures price greater than 0.'],
    [{ pair: { ...RUSSELL, microsPerMini: 5 } }, 'pair', 'RTY is not 5 × M2K.'],
    [
      { pair: { ...RUSSELL, microsPerMini: 0 } },
      'pair',
      'The mini : micro ratio must be a whole number of at least 1.',
    ],
  ] as [Partial<EtfInput>, string, string][])('%j → %s: %s', (change, field, message) => {
    const result = etfToFutures({ ...TNA, ...change });
    expect(result.status === 'error' ? result.errors[field as keyof typeof result.errors] : null).toBe(
      message,
    );
  });

  it('futures to ETF gives null for out-of-range input', () => {
    const base = {
      minis: 1,
      micros: 0,
      pair: RUSSELL,
      futuresPrice: d('2000'),
      etfPrice: d('200'),
      leverage: d('1'),
    };
    expect(futuresToEtf({ ...base, micros: -1 })).toBeNull();
    expect(futuresToEtf({ ...base, etfPrice: d('0') })).toBeNull();
    expect(futuresToEtf(base)?.shares).toBe(500);
  });
});
