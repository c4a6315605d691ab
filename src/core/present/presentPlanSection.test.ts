/**
 * The Plan section from typed inputs to the text on screen (issue 9's worked examples): computeDesk with
 * the section's compute, then the section's and the log's presenters.
 */
import { describe, expect, it } from 'vitest';
import { computeDesk, type DeskCollections } from '../desk';
import { costKey, DEFAULT_INPUTS, type InputKey } from '../inputs';
import { computePlanSection } from '../plan/planSection';
import type { TradeLogRow } from '../plan/tradeLog';
import { presentPlanLog } from './presentPlanLog';
import { presentPlanSection, type PlanView } from './presentPlanSection';

const TODAY = { year: 2026, month: 11, day: 19 } as const;
/** Thursday 2026-11-19 15:00 UTC = 09:00 CT, inside the session that ends at 17:00 CT. */
const NOW = { ms: Date.UTC(2026, 10, 19, 15, 0), timeZone: 'America/Chicago' } as const;

function shown(overrides: Partial<Record<InputKey, string>>, collections: DeskCollections = {}) {
  const figures = computeDesk(
    { ...DEFAULT_INPUTS, ...overrides },
    { today: TODAY, now: NOW, studyBars: null, planSection: computePlanSection },
    [],
    collections,
  );
  const section = figures.plan.section;
  if (section === null) throw new Error('the Plan section was not computed');
  return { section: presentPlanSection(section), log: presentPlanLog(figures.plan), figures };
}

/** The bracket example, without costs: M2K long 6 @ 2000.0, stop 1990.0 ($300 at 1 % of $30,000). */
const BRACKET: Partial<Record<InputKey, string>> = {
  equity: '30000',
  entry: '2000.0',
  stopPrice: '1990.0',
  slippageTicks: '0',
  [costKey('M2K', 'commission')]: '0',
  planTarget1: '2010.0',
  planTarget2: '2020.0',
  planTarget3: '2030.0',
};

describe('bracket (issue 9 example)', () => {
  const view: PlanView = shown(BRACKET).section;

  it('stop −100 ticks, targets +100/+200/+300, 2 contracts each; $600 against $300 → 2.00 : 1', () => {
    // 10.0 points ÷ 0.1 tick = 100 ticks; 6 ÷ 3 = 2 a target; reward 2 × $5 × (10 + 20 + 30) = $600.00;
    // risk 6 × $5 × 10 = $300.00; 600 ÷ 300 = 2.00.
    expect(view.texts.bracketStopTicks).toBe('−100 ticks');
    expect(view.legs.map((leg) => [leg.price, leg.ticks, leg.quantity, leg.pnl])).toEqual([
      ['2,010.0', '+100 ticks', '2', '+$100.00'],
      ['2,020.0', '+200 ticks', '2', '+$200.00'],
      ['2,030.0', '+300 ticks', '2', '+$300.00'],
    ]);
    expect(view.texts.bracketRisk).toBe('$300.00');
    expect(view.texts.bracketReward).toBe('+$600.00');
    expect(view.texts.blendedRewardToRisk).toBe('2.00 : 1');
    expect(view.texts.bracketWorstCase).toBe('-$300.00');
  });

  it('Copy bracket: prices as typed into a platform and the ATM offsets in ticks', () => {
    expect(view.texts.bracketText.split('\n')).toEqual([
      'Bracket (OCO): M2K long 6 @ 2000.0',
      'Stop 1990.0: −100 ticks, 6 contracts',
      'Target 1 2010.0: +100 ticks, 2 contracts',
      'Target 2 2020.0: +200 ticks, 2 contracts',
      'Target 3 2030.0: +300 ticks, 2 contracts',
      'Stop to breakeven after target 1: no',
      'ATM template: stop loss 100 ticks; profit targets 100 / 200 / 300 ticks; quantities 2 / 2 / 2',
    ]);
  });

  it.each<[string, readonly string[], Partial<Record<InputKey, string>>]>([
    // 7 contracts over 3 targets: 2 / 2 / 3, the remainder on the last.
    ['35000', ['2', '2', '3'], {}],
    // Typed quantities that add up to the position are kept.
    ['30000', ['1', '1', '4'], { planQty1: '1', planQty2: '1', planQty3: '4' }],
  ])('equity %s splits as %j', (equity, quantities, extra) => {
    const legs = shown({ ...BRACKET, equity, ...extra }).section.legs;
    expect(legs.map((leg) => leg.quantity)).toEqual(quantities);
  });

  it('an R target snaps to the tick toward entry: 1.55 R of 10.0 points = 15.5 → 2,015.5', () => {
    const legs = shown({ ...BRACKET, planTarget1: '1.55R' }).section.legs;
    expect(legs[0]?.price).toBe('2,015.5');
  });
});

describe('expectancy and Kelly (issue 9 example)', () => {
  it.each([
    // b = 1.5 ÷ 1 in R; expectancy 0.55 × 1.5 − 0.45 × 1 = 0.375 R.
    ['r', '1.5', '1', '0.38 R'],
    // b = 150 ÷ 100 in $; expectancy 0.55 × 150 − 0.45 × 100 = $37.50.
    ['usd', '150', '100', '$37.50'],
  ])(
    'p = 0.55, averages in %s (win %s, loss %s): expectancy %s; Kelly 25.00, 12.50 and 6.25 percent',
    (unit, win, loss, expectancy) => {
      const { texts } = shown({
        planEdgeUnit: unit,
        planWinRate: '55',
        planAvgWin: win,
        planAvgLoss: loss,
      }).section;
      // f* = 0.55 − 0.45 ÷ 1.5 = 0.25.
      expect(texts.edgePayoff).toBe('1.50');
      expect(texts.expectancy).toBe(expectancy);
      expect(texts.kellyFraction).toBe('25.00%');
      expect(texts.halfKelly).toBe('12.50%');
      expect(texts.quarterKelly).toBe('6.25%');
      expect(texts.chosenRisk).toBe('1.00%');
      // g(f) = 0.55 ln(1 + 1.5 f) + 0.45 ln(1 − f): g(0.25) = 0.55 ln 1.375 + 0.45 ln 0.75 = 0.04570;
      // g(0.125) = 0.55 ln 1.1875 + 0.45 ln 0.875 = 0.03443; g(0.01) = 0.55 ln 1.015 + 0.45 ln 0.99 = 0.00366.
      expect(texts.growthAtFull).toBe('4.57%');
      expect(texts.growthAtHalf).toBe('3.44%');
      expect(texts.growthAtRisk).toBe('0.37%');
    },
  );

  it('f* ≤ 0 says "No edge", never a negative size', () => {
    const { texts } = shown({
      planEdgeUnit: 'r',
      planWinRate: '30',
      planAvgWin: '1.5',
      planAvgLoss: '1',
    }).section;
    // 0.30 − 0.70 ÷ 1.5 = −0.167.
    expect([texts.kellyFraction, texts.halfKelly, texts.quarterKelly]).toEqual([
      'No edge',
      'No edge',
      'No edge',
    ]);
  });

  it('a pasted list: bad lines listed by number, the rest counted', () => {
    const { texts } = shown({ planEdgeSource: 'list', planResults: '1.5R\n-1R\nabc\n2R\n-1R\n$40' }).section;
    // 1.5R, −1R, 2R, −1R: p = 0.5, b = 1.75 → f* = 0.5 − 0.5 ÷ 1.75 = 0.2143.
    expect(texts.edgeCounts).toBe('4 trades: 2 wins, 2 losses');
    expect(texts.kellyFraction).toBe('21.43%');
    expect(texts.edgeBadLines).toContain('line 3');
    expect(texts.edgeBadLines).toContain('line 6');
  });
});

describe('ETF equivalence (issue 9 example)', () => {
  it('$50,000 of a 3× ETF ≈ $150,000 of Russell 2000 exposure → 1 RTY + 5 M2K at 2,000', () => {
    const { texts } = shown({
      planEtfPrice: '40',
      planEtfLeverage: '3',
      planEtfMode: 'usd',
      planEtfAmount: '50000',
      planEtfFamily: 'RTY',
      planEtfFuturesPrice: '2000',
    }).section;
    // 3 × $50,000 = $150,000; one RTY = $50 × 2,000 = $100,000, one M2K = $5 × 2,000 = $10,000.
    expect(texts.etfExposure).toContain('$150,000.00');
    expect(texts.etfFutures).toBe('1 RTY + 5 M2K');
    expect(texts.etfResetNote).not.toBe('');
  });
});

describe("trade log: Today's realized P&L and Consecutive losses", () => {
  const loss = (id: string, time: string): TradeLogRow => ({
    id,
    time,
    symbol: 'M2K',
    side: 'long',
    quantity: '1',
    entry: '2000.0',
    exit: '1995.0',
  });

  it.each([
    // (1995.0 − 2000.0) × $5 − 2 × $0.62 = −$26.24 a trade (default M2K commission $0.62 a side).
    ['two losses', [loss('a', '08:20'), loss('b', '08:35')], '-$52.48', '2', 'Clear'],
    // The 3rd loss in a row at 08:50 CT pauses the desk for 20 minutes: until 09:10, 10 min left at 09:00.
    [
      'three losses',
      [loss('a', '08:20'), loss('b', '08:35'), loss('c', '08:50')],
      '-$78.72',
      '3',
      'Paused until 09:10 (10 min left)',
    ],
  ])('%s: realized and the breaker', (_name, rows, pnl, losses, breaker) => {
    const { log } = shown({}, { tradeLog: rows });
    expect(log.texts.realizedPnl).toBe(pnl);
    expect(log.texts.consecutiveLosses).toBe(losses);
    expect(log.texts.breaker).toBe(breaker);
  });
});
