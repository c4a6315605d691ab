import { describe, expect, it } from 'vitest';
import { fieldReader } from '../fields';
import { DEFAULT_INPUTS, isInputKey, type InputKey, type Inputs } from '../inputs';
import { createPortfolioPresenter } from '../present/presentPortfolio';
import { BUILT_IN_DESK_REGISTRY } from '../products/deskRegistry';
import type { PortfolioAssetBars } from './portfolioBars';
import { computePortfolio } from './portfolioDesk';
import { emptyPortfolioRow, type PortfolioRowText, type TypedCorrelations } from './portfolioRows';

/** The defaults with `changes` applied (keys the desk does not know yet are skipped). */
function inputsWith(changes: Readonly<Record<string, string>>): Inputs {
  const next: Record<string, string> = { ...DEFAULT_INPUTS };
  for (const [key, text] of Object.entries(changes)) if (isInputKey(key)) next[key] = text;
  return next as Inputs;
}

/** Commission 0 and a day-trade margin for each product of the worked plan (20 % of $5,000 = $1,000). */
const PLAN_COSTS: Readonly<Record<string, string>> = {
  'MES.dayTrade': '100',
  'MES.commission': '0',
  'MNQ.dayTrade': '100',
  'MNQ.commission': '0',
  'MGC.dayTrade': '500',
  'MGC.commission': '0',
  'MCL.dayTrade': '500',
  'MCL.commission': '0',
};

function row(id: string, symbol: string, price: string, stopPoints: string): PortfolioRowText {
  return { ...emptyPortfolioRow(id, symbol), price, stopPoints };
}

const PLAN: readonly PortfolioRowText[] = [
  row('a1', 'MES', '5800.00', '14.00'),
  row('a2', 'MNQ', '20500.00', '30.00'),
  row('a3', 'MGC', '2400.0', '6.0'),
  row('a4', 'MCL', '71.00', '0.60'),
];

function compute(
  changes: Readonly<Record<string, string>>,
  rows: readonly PortfolioRowText[],
  typed: TypedCorrelations = {},
  bars: ReadonlyMap<string, PortfolioAssetBars> = new Map(),
) {
  const inputs = inputsWith({ ...PLAN_COSTS, ...changes });
  const read = fieldReader<InputKey>(inputs);
  const figures = computePortfolio(read, inputs, rows, typed, BUILT_IN_DESK_REGISTRY, bars);
  return { figures, view: createPortfolioPresenter()(figures), errors: read.errors };
}

describe('the worked plan through the section', () => {
  it('at $5,000 and 1.5 % ($75): 1 of each', () => {
    const { figures, view } = compute({ equity: '5,000' }, PLAN);
    expect(figures.rows.map((r) => r.sizing?.contracts)).toEqual([1, 1, 1, 1]);
    expect(view.texts.portfolioBudget).toBe('$75.00');
    expect(view.texts.portfolioMarginCap).toBe('$1,000.00');
    expect(PLAN.map((r) => view.rows.get(r.id)?.riskPerContract)).toEqual([
      '$70.00',
      '$60.00',
      '$60.00',
      '$60.00',
    ]);
    expect(PLAN.map((r) => view.rows.get(r.id)?.contracts)).toEqual(['1', '1', '1', '1']);
    expect(view.texts.portfolioTotalRisk).toBe('$250.00');
    // No correlation known: every pair is assumed to move together, so the correlated risk is the sum.
    expect(view.texts.portfolioCorrelatedRisk).toBe('$250.00');
  });

  it('at $10,000 ($150): 2 of each', () => {
    const { figures, view } = compute({ equity: '10000' }, PLAN);
    expect(figures.rows.map((r) => r.sizing?.contracts)).toEqual([2, 2, 2, 2]);
    expect(view.texts.portfolioBudget).toBe('$150.00');
    expect(view.texts.portfolioTotalRisk).toBe('$500.00');
  });

  it('the scaling plan: 1 of each at $5,000, 2 of each at $10,000, on the default milestones', () => {
    const { view } = compute({ equity: '5000' }, PLAN);
    expect(view.scaling?.milestones).toEqual([
      '$5,000.00',
      '$7,500.00',
      '$10,000.00',
      '$15,000.00',
      '$20,000.00',
      '$25,000.00',
      '$30,000.00',
    ]);
    // MES risks $70: ⌊$75 ÷ 70⌋ = 1, ⌊112.50 ÷ 70⌋ = 1, ⌊150 ÷ 70⌋ = 2, 3, 4 (300 ÷ 70), 5, 6.
    expect(view.scaling?.rows[0]?.cells).toEqual(['1', '1', '2', '3', '4', '5', '6']);
    // MNQ risks $60: 1, 1, 2, 3, 5, 6, 7.
    expect(view.scaling?.rows[1]?.cells).toEqual(['1', '1', '2', '3', '5', '6', '7']);
    // 10 MES would risk $700: beyond $30,000 × 1.5 % = $450.
    expect(view.scaling?.rows[0]?.standard).toBe('Not within these milestones (10 MES = 1 ES)');
    expect(view.scaling?.chart.points[2]).toMatchObject({ equity: 10000, a1: 2, a2: 2, a3: 2, a4: 2 });
  });

  it('MNQ at its default day-trade margin ($1,276, above the 20 % cap of $1,000): 0, and the row says why', () => {
    const { figures, view } = compute({ equity: '5000', 'MNQ.dayTrade': '1276' }, PLAN);
    expect(figures.rows[1]?.sizing?.contracts).toBe(0);
    expect(view.rows.get('a2')?.note).toBe(
      "One contract's day-trade margin is above the 20% cap ($1,000.00).",
    );
  });
});

describe('correlated risk through typed correlations', () => {
  // $10,000 × 1 % = $100: 1 MES at 20.00 points ($100) and 1 MNQ at 50.00 points ($100).
  const TWO = [row('a1', 'MES', '5800.00', '20.00'), row('a2', 'MNQ', '20500.00', '50.00')];
  it.each([
    ['', '$200.00'],
    ['1', '$200.00'],
    ['0', '$141.42'],
    ['0.8', '$189.74'],
  ])('ρ "%s" → %s', (rho, expected) => {
    const { view } = compute({ equity: '10000', portfolioRiskPct: '1' }, TWO, { 'MES|MNQ': rho });
    expect(view.texts.portfolioTotalRisk).toBe('$200.00');
    expect(view.texts.portfolioCorrelatedRisk).toBe(expected);
  });

  it('flags a typed pair at 0.8 and says where each cell comes from', () => {
    const { view } = compute({ equity: '10000', portfolioRiskPct: '1' }, TWO, { 'MES|MNQ': '0.8' });
    expect(view.texts.portfolioFlagged).toBe('Correlation 0.8 or more: MES–MNQ 0.80 (typed).');
    expect(view.correlations.cells[0]?.[1]).toEqual({ text: '0.80', source: 'typed', heat: 'high' });
  });

  it('a typed correlation outside −1…1 is a message at its pair; the pair counts as 1', () => {
    const { figures, view } = compute({ equity: '10000', portfolioRiskPct: '1' }, TWO, { 'MES|MNQ': '1.5' });
    expect(figures.correlations.errors['MES|MNQ']).toMatch(/at most 1/);
    expect(view.texts.portfolioCorrelatedRisk).toBe('$200.00');
  });
});

describe('bars and volatility', () => {
  /** Daily closes of `symbol` with the given closes, one per day from 2026-01-02. */
  function bars(
    symbol: string,
    closes: number[],
    atr: number | null,
    usual: number | null,
  ): PortfolioAssetBars {
    const dates = closes.map((_, i) => `2026-01-${String(i + 2).padStart(2, '0')}`);
    return {
      symbol,
      sourceName: `${symbol}.csv`,
      closes: { symbol, dates, close: Float64Array.from(closes) },
      barCount: closes.length,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      latestAtr: atr,
      usualAtr: usual,
      problem: null,
      rejectedRows: 0,
    };
  }

  it('two assets whose bars move together: ρ 1 from the bars, with the overlap, flagged', () => {
    const closes = [100, 101, 99, 102, 104, 103];
    const map = new Map([
      ['MES', bars('MES', closes, null, null)],
      [
        'MNQ',
        bars(
          'MNQ',
          closes.map((c) => c * 2),
          null,
          null,
        ),
      ],
    ]);
    const TWO = [row('a1', 'MES', '5800.00', '20.00'), row('a2', 'MNQ', '20500.00', '50.00')];
    const { view } = compute({ equity: '10000', portfolioRiskPct: '1' }, TWO, { 'MES|MNQ': '0' }, map);
    expect(view.correlations.cells[0]?.[1]).toEqual({ text: '1.00', source: 'bars, 5 days', heat: 'high' });
    // The bars win over the typed 0.
    expect(view.texts.portfolioCorrelatedRisk).toBe('$200.00');
    expect(view.correlations.typable).toEqual([]);
  });

  it('an ATR above the usual one shrinks the size and the row says why', () => {
    const atrRow: PortfolioRowText = {
      ...emptyPortfolioRow('a1', 'MES'),
      price: '5800.00',
      stopMode: 'atr',
      atrMultiple: '2',
    };
    // Usual ATR 5.00: 10.00 pts = $50 → 3 at $150; ATR 8.00: 16.00 pts = $80 → 1.
    const map = new Map([['MES', bars('MES', [1, 2, 3], 8, 5)]]);
    const { figures, view } = compute({ equity: '10000' }, [atrRow], {}, map);
    expect(figures.rows[0]?.sizing?.contracts).toBe(1);
    expect(figures.rows[0]?.sizing?.volatility?.contractsAtReference).toBe(3);
    expect(view.rows.get('a1')?.note).toBe(
      'Volatility: ATR 8 is above the usual 5, so 1 instead of 3 keep the dollar risk within the budget.',
    );
    expect(view.rows.get('a1')?.atr).toBe('ATR 8 from the bars; usual 5 (bars)');
  });
});

describe('bad input', () => {
  it('an off-grid price, an empty stop and an unknown contract: messages at the fields, rows left out', () => {
    const rows = [
      row('a1', 'MES', '5800.10', '14'),
      row('a2', 'MNQ', '20500', ''),
      row('a3', 'XYZ', '1', '1'),
      row('a4', 'MCL', '71.00', '0.60'),
    ];
    const { figures, view } = compute({ equity: '5000' }, rows);
    expect(figures.rowErrors['a1.price']).toBe(
      '5800.1 is not on the MES tick grid (tick 0.25): use 5,800.00 or 5,800.25.',
    );
    expect(figures.rowErrors['a3.symbol']).toBe('Unknown contract "XYZ": choose one from the list.');
    expect(view.texts.portfolioLeftOut).toBe(
      'Asset 1 left out: price is not valid; Asset 2 left out: stop distance is empty; Asset 3 left out: "XYZ" is not a contract.',
    );
    expect(view.rows.get('a4')?.contracts).toBe('1');
    expect(view.texts.portfolioTotalRisk).toBe('$60.00');
  });

  it('invalid milestones: a message at the field, no plan; an empty equity: every figure "—"', () => {
    const { figures, errors } = compute({ equity: '5000', portfolioMilestones: '5000 4000' }, PLAN);
    expect(errors.portfolioMilestones).toBe('Milestone 2 ("4000") must be larger than the one before.');
    expect(figures.scaling).toBeNull();
    const empty = compute({ equity: '' }, PLAN).view;
    expect(empty.texts.portfolioCorrelatedRisk).toBe('—');
    expect(empty.rows.get('a1')?.contracts).toBe('—');
  });
});
