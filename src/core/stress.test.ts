import { describe, expect, it } from 'vitest';
import { bookRow as row, deskWith } from '../../tests/support/desk';
import type { BookRow } from './book';
import type { InputKey } from './inputs';
import { stressChartPoints } from './stress';

const desk = (book: BookRow[], overrides: Partial<Record<InputKey, string>> = {}) =>
  deskWith(overrides, book);

const longM2k = [row('p1', 'M2K', 'long', '10', '2000')];
const russell = { 'stress.RTY.reference': '2000', 'stress.RTY.cash': '1995.37' };

describe('price limits', () => {
  it('falls back to the futures reference and says the levels are approximate', () => {
    const { levels } = desk(longM2k, { 'stress.RTY.reference': '2000' }).stress;
    expect(levels.RTY).toMatchObject({ limit7: '1,860.0', limit20: '1,600.0', approximate: true });
  });
});

describe('margin stress of the book', () => {
  it('10 M2K long from 2,000 on $25,000: survives 7 %, margin call at 20 %', () => {
    const { stress, outputs } = desk(longM2k, russell);
    // maintenance 10 × $811 = $8,110
    expect(outputs.bookMaintenanceMargin).toBe('$8,110.00');
    expect(stress.scenarios['7%']).toEqual({
      pnl: '-$6,980.00',
      equity: '$18,020.00',
      excess: '+$9,910.00',
      call: 'No',
    });
    expect(stress.scenarios['20%']).toEqual({
      pnl: '-$19,950.00',
      equity: '$5,050.00',
      excess: '-$3,060.00',
      call: 'Yes',
    });
    expect(stress.scenarios['overnight up']).toEqual({
      pnl: '+$6,980.00',
      equity: '$31,980.00',
      excess: '+$23,870.00',
      call: 'No',
    });
    // custom −10 %: 199.537 → 199.5 → 1,800.5 → −$9,975
    expect(stress.scenarios.custom.pnl).toBe('-$9,975.00');
    // uniform move: (8,110 − 25,000) ÷ (10 × 5 × 2,000) = −16.89 %; zero equity at −25 %
    expect(outputs.moveToCall).toBe('-16.89% (RTY -337.8 pts)');
    expect(outputs.moveToZero).toBe('-25.00% (RTY -500.0 pts)');
  });

  it('a net short book meets its margin call on the way up', () => {
    const { outputs } = desk([row('p1', 'ES', 'short', '1', '5800')], { 'stress.ES.reference': '5800' });
    // (15,410 − 25,000) ÷ (−50 × 5,800) = +3.3069 % → +3.30 %; 5,800 × 0.033069 = 191.8 → 191.75
    expect(outputs.moveToCall).toBe('+3.30% (ES +191.75 pts)');
  });

  it('applies every scenario to every family at once and nets a spread', () => {
    const book = [row('p1', 'M2K', 'long', '29', '2000'), row('p2', 'MES', 'short', '10', '5800')];
    const { stress, outputs } = desk(book, {
      equity: '50000',
      ...russell,
      'stress.ES.reference': '5800',
      'stress.ES.cash': '5790.12',
    });
    expect(stress.families).toEqual(['RTY', 'ES']);
    // M2K: (1,860.4 − 2,000) × 145 = −20,242; MES short: −(5,394.75 − 5,800) × 50 = +20,262.50
    expect(stress.scenarios['7%'].pnl).toBe('+$20.50');
    expect(outputs.bookNetNotional).toBe('$0.00');
    expect(outputs.moveToCall).toBe('None: a uniform move leaves the book flat');
  });

  it('does not report moves beyond 100 %', () => {
    // 1 MES short with $1,000,000 of equity: (1,541 − 1,000,000) ÷ (−5 × 5,800) = +3,443 % to a margin call.
    const book = [row('p1', 'MES', 'short', '1', '5800')];
    expect(desk(book, { equity: '1,000,000', 'stress.ES.reference': '5800' }).outputs.moveToCall).toBe(
      'None within a 100% rise',
    );
    expect(
      desk([row('p1', 'MES', 'long', '1', '5800')], { equity: '1,000,000', 'stress.ES.reference': '5800' })
        .outputs.moveToZero,
    ).toBe('None: not even if the index went to zero');
  });

  it('says so when the book is already below maintenance margin', () => {
    // 29 M2K + 10 MES need $38,929 of maintenance margin: more than $25,000 of equity.
    const book = [row('p1', 'M2K', 'long', '29', '2000'), row('p2', 'MES', 'short', '10', '5800')];
    const { stress, outputs } = desk(book, { ...russell, 'stress.ES.reference': '5800' });
    expect(outputs.moveToCall).toBe('Already below maintenance margin at the marks');
    expect(stress.scenarios['overnight up'].call).toBe('Yes');
  });

  it('takes the newest book entry as the reference of a family that has none typed', () => {
    const { stress } = desk(
      [
        row('p1', 'M2K', 'long', '1', '2000'),
        row('p2', 'NQ', 'long', '1', '20000'),
        row('p3', 'MNQ', 'long', '10', '21000'),
      ],
      russell,
    );
    // NQ's mark is MNQ's 21,000.00 (the newest NQ-family row): approximate 7 % = 1,470.00.
    expect(stress.levels.NQ).toMatchObject({ mark: '21,000.00', fromBook: true, limit7: '19,530.00' });
    expect(stress.levels.RTY).toMatchObject({ mark: '2,000.0', fromBook: false, limit7: '1,860.4' });
    // From the marks: M2K (1,860.4 − 2,000) × 5 = −698; NQ family (19,530 − 21,000) × (20 + 10 × 2) = −58,800.
    expect(stress.scenarios['7%'].pnl).toBe('-$59,498.00');
  });

  it('leaves out a family whose typed reference is not valid, and names it', () => {
    const { stress } = desk([row('p1', 'M2K', 'long', '10', '2000'), row('p2', 'ES', 'long', '1', '5800')], {
      ...russell,
      'stress.ES.reference': '5800.10',
    });
    expect(stress.problems).toEqual({ ES: 'its reference price is not valid' });
    expect(stress.leftOut).toBe('ES left out: its reference price is not valid.');
    // RTY alone still computes: (1,860.4 − 2,000) × 50 = −6,980.
    expect(stress.scenarios['7%'].pnl).toBe('-$6,980.00');
  });

  it('draws equity as a line in the uniform move, with the maintenance level', () => {
    const { line } = desk(longM2k, russell).stress;
    expect(line).toEqual({ equityAtReference: 25000, slopePerPercent: 1000, maintenance: 8110 });
    const points = line === null ? [] : stressChartPoints(line);
    expect(points[0]).toEqual({ movePct: -25, equity: 0, maintenance: 8110 });
    expect(points.at(-1)).toEqual({ movePct: 10, equity: 35000, maintenance: 8110 });
    expect(points).toHaveLength(71);
  });
});
