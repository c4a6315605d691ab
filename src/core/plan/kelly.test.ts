import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../decimal';
import {
  growthChart,
  growthPerTrade,
  kellyFraction,
  kellyFromStats,
  parseResultsList,
  riskAgainstKelly,
  statsFromResults,
  statsFromSummary,
} from './kelly';

const d = (s: string) => new D(s);
const strings = (values: readonly Dec[]) => values.map((v) => v.toString());
const pct = (fraction: Dec) => fraction.mul(100).toFixed(2);

describe('pasted results', () => {
  it('reads $ results, skips blank lines and lists bad lines by number', () => {
    const list = parseResultsList('$120\n-80\n\n  1.5R\nabc\n$1,200\r\n\u2212$40\n+35\n');
    expect(list.unit).toBe('usd');
    expect(strings(list.results)).toEqual(['120', '-80', '1200', '-40', '35']);
    expect(list.badLines.map((b) => b.line)).toEqual([4, 5]);
    expect(list.badLines[0]?.message).toBe(
      'line 4: "1.5R" is in R; the list is in $ (line 1). Use one unit.',
    );
    expect(list.badLines[1]?.message).toBe('line 5: "abc" is not a result in $ or R (e.g. $120, -80, 1.5R).');
  });

  it('reads R results: 1.5R, -1R, −1 R, +2r, 0R', () => {
    const list = parseResultsList('1.5R\n-1R\n\u22121 R\n+2r\n0R');
    expect(list.unit).toBe('r');
    expect(strings(list.results)).toEqual(['1.5', '-1', '-1', '2', '0']);
    expect(list.badLines).toEqual([]);
  });

  it.each([
    ['$1.5R', 'line 1: "$1.5R" is not a result in R (e.g. 1.5R or -1R).'],
    ['2,50', 'line 1: "2,50" is not a result in $ or R (e.g. $120, -80, 1.5R).'],
    ['R', 'line 1: "R" is not a result in R (e.g. 1.5R or -1R).'],
    ['1e5', 'line 1: "1e5" is not a result in $ or R (e.g. $120, -80, 1.5R).'],
  ])('%s is a bad line: %s', (text, message) => {
    const list = parseResultsList(text);
    expect(list.unit).toBeNull();
    expect(list.badLines.map((b) => b.message)).toEqual([message]);
  });

  it('an empty list has no unit, no results, no bad lines', () => {
    expect(parseResultsList('\n  \n')).toEqual({ unit: null, results: [], badLines: [] });
  });
});

describe('stats of a list', () => {
  // wins 120 + 200 = 320 (2), losses 80 + 40 = 120 (2), one scratch
  const stats = statsFromResults(['120', '-80', '0', '200', '-40'].map(d), 'usd');

  it('counts wins, losses and scratches', () => {
    expect(stats.counts).toEqual({ trades: 5, wins: 2, losses: 2, scratches: 1 });
  });

  it('p = 2 ÷ 4, W = 160, L = 60, expectancy = 200 ÷ 5 = 40, b = 160 ÷ 60', () => {
    expect(stats.winRate?.toString()).toBe('0.5');
    expect(stats.averageWin?.toString()).toBe('160');
    expect(stats.averageLoss?.toString()).toBe('60');
    expect(stats.expectancy?.toFixed(2)).toBe('40.00');
    expect(stats.payoff?.toFixed(4)).toBe('2.6667');
  });

  it('Kelly = 0.5 − 0.5 ÷ (8/3) = 0.3125', () => {
    const k = kellyFromStats(stats);
    expect(k.status === 'ok' ? k.kelly.fStar?.toFixed(4) : null).toBe('0.3125');
  });

  it.each([
    [['1', '2'], 'no losses'],
    [['0', '0'], 'no trades'],
    [[], 'no trades'],
  ])('%j: Kelly unavailable (%s)', (results, reason) => {
    const k = kellyFromStats(statsFromResults(results.map(d), 'r'));
    expect(k.status === 'unavailable' ? k.reason : null).toBe(reason);
  });

  it('no win at all: no edge, every size zero', () => {
    const k = kellyFromStats(statsFromResults(['-1', '-2'].map(d), 'r'));
    expect(k.status).toBe('ok');
    if (k.status !== 'ok') return;
    expect(k.kelly.noEdge).toBe(true);
    expect(k.kelly.fStar).toBeNull();
    expect(k.kelly.fullFraction.toString()).toBe('0');
  });
});

describe('the issue 9 example: p = 55 %, b = 1.5', () => {
  // f* = 0.55 − 0.45 ÷ 1.5 = 0.55 − 0.30 = 0.25
  const kelly = kellyFraction(d('0.55'), d('1.5'));

  it('Kelly fraction 25.00 %, half 12.50 %, quarter 6.25 %', () => {
    expect(pct(kelly.fStar ?? d('0'))).toBe('25.00');
    expect(pct(kelly.fullFraction)).toBe('25.00');
    expect(pct(kelly.halfFraction)).toBe('12.50');
    expect(pct(kelly.quarterFraction)).toBe('6.25');
    expect(kelly.noEdge).toBe(false);
  });

  it.each([
    // 0.55·ln 1.375 + 0.45·ln 0.75 = 0.175150 − 0.129457 = 0.045693
    [0.25, '4.57'],
    // 0.55·ln 1.1875 + 0.45·ln 0.875 = 0.094518 − 0.060089 = 0.034428
    [0.125, '3.44'],
    // 0.55·ln 1.015 + 0.45·ln 0.99 = 0.008189 − 0.004523 = 0.003666
    [0.01, '0.37'],
  ])('growth per trade at f = %d is %s %%', (f, percent) => {
    expect(((growthPerTrade(0.55, 1.5, f) ?? Number.NaN) * 100).toFixed(2)).toBe(percent);
  });

  it('the same from a typed summary: 55 %, average win 150, average loss 100', () => {
    const s = statsFromSummary({
      winRatePercent: d('55'),
      averageWin: d('150'),
      averageLoss: d('100'),
      unit: 'usd',
    });
    expect(s.status).toBe('ok');
    if (s.status !== 'ok') return;
    // 0.55 × 150 − 0.45 × 100 = 82.5 − 45
    expect(s.stats.expectancy?.toFixed(2)).toBe('37.50');
    expect(s.stats.payoff?.toString()).toBe('1.5');
    expect(s.stats.counts).toBeNull();
    const k = kellyFromStats(s.stats);
    expect(k.status === 'ok' ? pct(k.kelly.fullFraction) : null).toBe('25.00');
  });

  it('1 % risk is 4 % of full Kelly, below half Kelly', () => {
    const against = riskAgainstKelly(d('1'), kelly);
    expect(against.riskFraction.toString()).toBe('0.01');
    expect(against.ofFullKelly?.toString()).toBe('0.04');
    expect(against.aboveHalfKelly).toBe(false);
    expect(against.aboveFullKelly).toBe(false);
  });

  it('charts g over f from 0 to 2·f* = 0.5 with the marks', () => {
    const chart = growthChart(d('0.55'), d('1.5'), kelly, d('0.01'));
    expect(chart.points).toHaveLength(101);
    expect(chart.points[0]).toEqual({ f: 0, g: 0 });
    expect(chart.points[100]?.f).toBe(0.5);
    const best = chart.points.reduce((a, b) => (b.g > a.g ? b : a));
    expect(best.f).toBe(0.25);
    expect(chart.full?.f).toBe(0.25);
    expect(chart.half?.f).toBe(0.125);
    expect(chart.risk?.f).toBe(0.01);
    expect(((chart.full?.g ?? 0) * 100).toFixed(2)).toBe('4.57');
  });
});

describe('no edge', () => {
  it.each([
    // 0.4 − 0.6 ÷ 1.5 = 0
    ['0.4', '1.5', '0'],
    // 0.3 − 0.7 ÷ 1 = −0.4
    ['0.3', '1', '-0.4'],
  ])('p = %s, b = %s: f* = %s, no edge, sizes 0 (never negative)', (p, b, fStar) => {
    const k = kellyFraction(d(p), d(b));
    expect(k.fStar?.toString()).toBe(fStar);
    expect(k.noEdge).toBe(true);
    expect(strings([k.fullFraction, k.halfFraction, k.quarterFraction])).toEqual(['0', '0', '0']);
  });

  it('any chosen risk is above Kelly; the chart has no Kelly marks', () => {
    const k = kellyFraction(d('0.3'), d('1'));
    expect(riskAgainstKelly(d('1'), k)).toMatchObject({ ofFullKelly: null, aboveFullKelly: true });
    const chart = growthChart(d('0.3'), d('1'), k, d('0.01'));
    expect(chart.full).toBeNull();
    expect(chart.half).toBeNull();
    // range end max(0, 0.02, 0.02) = 0.02; g < 0 everywhere after 0
    expect(chart.points[100]?.f).toBe(0.02);
    expect(chart.points.slice(1).every((pt) => pt.g < 0)).toBe(true);
  });
});

describe('typed summary checks', () => {
  it.each([
    [{ winRatePercent: '101', averageWin: '1', averageLoss: '1' }, 'winRatePercent'],
    [{ winRatePercent: '50', averageWin: '-1', averageLoss: '1' }, 'averageWin'],
    [{ winRatePercent: '50', averageWin: '1', averageLoss: '0' }, 'averageLoss'],
  ])('%j → a message for %s', (typed, field) => {
    const s = statsFromSummary({
      winRatePercent: d(typed.winRatePercent),
      averageWin: d(typed.averageWin),
      averageLoss: d(typed.averageLoss),
      unit: 'r',
    });
    expect(s.status === 'error' ? Object.keys(s.errors) : []).toEqual([field]);
  });
});

describe('growth per trade', () => {
  it.each([
    [0.55, 1.5, 1],
    [0.55, 1.5, -0.1],
    [0.55, Number.NaN, 0.1],
  ])('p %d, b %d at f = %d is undefined (null)', (p, b, f) => {
    expect(growthPerTrade(p, b, f)).toBeNull();
  });
});
