/**
 * Core benchmarks (Node): the DESIGN.md budgets that do not need a browser. Run with `npm run bench`.
 * Prints one JSON line per case on stdout — {"name","p50_ms","p95_ms","budget_ms",…} — and progress on stderr.
 *
 * Each case is one entry of `CASES`: a setup that runs once (untimed) and returns the function to time.
 * Every call of that function is timed on its own with performance.now(); the first `warmups` calls are not
 * counted. Add a case by adding an entry.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  computeDesk,
  createDeskPresenter,
  deskOutputs,
  DEFAULT_INPUTS,
  memoizeLast,
  NO_VALUE,
  type BookRow,
  type DeskEnv,
  type Inputs,
} from '../src/core';
import { wilderAtrSeries } from '../src/core/atr';
import { parseBarsCsv, studyBars } from '../src/core/barsDoor';
import { simulate, type MonteCarloModel } from '../src/core/plan/monteCarlo';
import { PORTFOLIO_SECTION_MODULE } from '../src/core/portfolio/portfolioDoor';
import { pairKey } from '../src/core/portfolio/correlation';
import type { PortfolioRowText } from '../src/core/portfolio/portfolioRows';
import { syntheticBarsCsv } from '../tests/support/syntheticBars';
import { log, printLine, timingLine } from './benchStats';

interface BenchCase {
  readonly name: string;
  /** DESIGN.md budget for the p95, in ms; omitted for informational cases. */
  readonly budgetMs?: number;
  readonly warmups: number;
  readonly runs: number;
  /** Untimed preparation; returns the function to time (called with the run index, warm-ups included). */
  readonly setup: () => (iteration: number) => unknown;
}

const TODAY = { year: 2026, month: 11, day: 21 } as const;
const SEED = 20261121;
const ATR_PERIOD = 14;
const ATR_MULTIPLIER = 2.5;

/**
 * Every panel filled in as a trader would: the sizer (M2K long, price stop, target, mini + micro mix), a
 * beta-weighted spread with a scenario, stress references for both families of the book, a hedge.
 */
const FULL_FORM: Inputs = {
  ...DEFAULT_INPUTS,
  equity: '25,000',
  riskMode: 'percent',
  riskPerTrade: '1',
  maxMarginPct: '20',
  dailyLossLimit: '1,000',
  realizedPnl: '-150',
  symbol: 'M2K',
  side: 'long',
  stopMethod: 'price',
  entry: '2000',
  stopPrice: '1990',
  target: '2030',
  atrMultiplier: '2.5',
  atrPeriod: '14',
  slippageTicks: '1',
  mix: 'true',
  marginBasis: 'initial',
  spreadLongPrice: '2000',
  spreadShortPrice: '5800',
  spreadLongQty: '29',
  spreadMethod: 'beta',
  spreadBeta: '1.2',
  spreadMaxPerLeg: '50',
  spreadMixShort: 'true',
  spreadSmallMove: '-2',
  spreadLargeMove: '-1',
  'stress.RTY.reference': '2000',
  'stress.RTY.cash': '1995.37',
  'stress.ES.reference': '5800',
  'stress.ES.cash': '5790.12',
  stressCustomMove: '-10',
  hedgeValue: '250,000',
  hedgeBeta: '1.2',
  hedgeRatioPct: '40',
  hedgeSymbol: 'RTY',
  hedgePrice: '2000',
};

/** A book of six positions in two families. */
const BOOK: readonly BookRow[] = [
  { id: 'p1', symbol: 'M2K', side: 'long', quantity: '29', entry: '2000.0', stop: '' },
  { id: 'p2', symbol: 'MES', side: 'short', quantity: '10', entry: '5800.00', stop: '' },
  { id: 'p3', symbol: 'RTY', side: 'long', quantity: '1', entry: '1995.5', stop: '' },
  { id: 'p4', symbol: 'ES', side: 'short', quantity: '1', entry: '5810.25', stop: '' },
  { id: 'p5', symbol: 'M2K', side: 'short', quantity: '3', entry: '2010.1', stop: '' },
  { id: 'p6', symbol: 'MES', side: 'long', quantity: '2', entry: '5795.75', stop: '' },
];

/**
 * The book across nine products of every asset class (#8): the six index rows plus MNQ, MYM, MGC, SIL,
 * MCL, M6E and M6B, with the margins RiskDesk ships no default for typed in, and every family's reference.
 */
const NINE_PRODUCT_BOOK: readonly BookRow[] = [
  ...BOOK,
  { id: 'p7', symbol: 'MNQ', side: 'long', quantity: '3', entry: '20500.00', stop: '20400.00' },
  { id: 'p8', symbol: 'MYM', side: 'short', quantity: '2', entry: '42000', stop: '42200' },
  { id: 'p9', symbol: 'MGC', side: 'long', quantity: '2', entry: '2400.0', stop: '2394.0' },
  { id: 'p10', symbol: 'SIL', side: 'long', quantity: '1', entry: '30.000', stop: '29.900' },
  { id: 'p11', symbol: 'MCL', side: 'short', quantity: '4', entry: '71.00', stop: '71.60' },
  { id: 'p12', symbol: 'M6E', side: 'long', quantity: '5', entry: '1.1000', stop: '1.0950' },
  { id: 'p13', symbol: 'M6B', side: 'short', quantity: '5', entry: '1.2700', stop: '1.2750' },
];
const NINE_PRODUCT_FORM: Inputs = {
  ...FULL_FORM,
  'MGC.initial': '1500',
  'MGC.maintenance': '1364',
  'SIL.initial': '2000',
  'SIL.maintenance': '1819',
  'M6E.initial': '300',
  'M6E.maintenance': '273',
  'M6B.initial': '250',
  'M6B.maintenance': '228',
  'stress.NQ.reference': '20500',
  'stress.YM.reference': '42000',
  'stress.GC.customMove': '-6',
  'stress.CL.customMove': '12',
};

/** Entry prices 2000.1 … 2005.0 on M2K's 0.1 tick grid: consecutive iterations always differ. */
const ENTRY_TEXTS = Array.from({ length: 50 }, (_, k) => (2000 + (k + 1) / 10).toFixed(1));

/** Bars parsed and studied the way the store's `loadBars` does it (memoised on period and multiplier). */
function loadBarsLikeTheStore(count: number) {
  const parsed = parseBarsCsv(syntheticBarsCsv(count, SEED));
  if (parsed.problem !== null || parsed.errors.length > 0) {
    throw new Error(`synthetic bars did not parse: ${parsed.problem ?? parsed.errors[0]?.message ?? ''}`);
  }
  return memoizeLast((period: number, multiplier: number) => studyBars(parsed.series, period, multiplier));
}

/** What the store does on every change: the figures and their display text per section. */
function storeRecompute(
  present: ReturnType<typeof createDeskPresenter>,
  inputs: Inputs,
  env: DeskEnv,
  book: readonly BookRow[] = BOOK,
) {
  const figures = computeDesk(inputs, env, book);
  return present(figures);
}

/** The full form with bars, checked to compute every panel. */
function fullFormSetup(
  form: Inputs = FULL_FORM,
  book: readonly BookRow[] = BOOK,
): { forms: Inputs[]; env: DeskEnv } {
  const study = loadBarsLikeTheStore(2520);
  const env = { today: TODAY, studyBars: study };
  // Like the store: each change makes a new inputs record; only the entry text changes.
  const forms = ENTRY_TEXTS.map((entry): Inputs => ({ ...form, entry }));
  const checked = computeDesk(forms[0] ?? form, env, book);
  const errors = [...Object.entries(checked.fieldErrors), ...Object.entries(checked.bookErrors)];
  if (errors.length > 0) throw new Error(`the benchmark form has field errors: ${JSON.stringify(errors)}`);
  const outputs = deskOutputs(createDeskPresenter()(checked));
  const figures = [outputs.contracts, outputs.spreadPnl, outputs.moveToCall, outputs.hedgePosition];
  if (figures.includes(NO_VALUE) || checked.stress.scenarios['20%'] === null || checked.bars.study === null) {
    throw new Error(`the benchmark form leaves figures uncomputed: ${JSON.stringify(figures)}`);
  }
  log(`recompute_full: contracts ${outputs.contracts}, ATR from bars ${outputs.atrFromBars}`);
  return { forms, env };
}

/**
 * Ten portfolio assets over several products (equity indices, metals, energy, currencies; stops in points
 * and in k × ATR), every pair's correlation typed, the default seven milestones.
 */
const PORTFOLIO_ROWS: readonly PortfolioRowText[] = [
  ['MES', '5800.00', '14.00'],
  ['MNQ', '20500.00', '30.00'],
  ['MGC', '2400.0', '6.0'],
  ['MCL', '71.00', '0.60'],
  ['M2K', '2000.0', '12.0'],
  ['MYM', '42000', '80'],
  ['SIL', '30.000', '0.300'],
  ['M6E', '1.0850', '0.0040'],
  ['ES', '5800.00', '20.00'],
  ['GC', '2400.0', '10.0'],
].map(([symbol = '', price = '', stop = ''], i) => ({
  id: `a${i + 1}`,
  symbol,
  side: i % 3 === 2 ? 'short' : 'long',
  price,
  stopMode: i % 4 === 3 ? 'atr' : 'points',
  stopPoints: stop,
  atrMultiple: '2.5',
  atr: stop,
  usualAtr: '',
}));

function portfolioCorrelations(): Record<string, string> {
  const symbols = PORTFOLIO_ROWS.map((row) => row.symbol);
  const typed: Record<string, string> = {};
  symbols.forEach((a, i) => {
    symbols.slice(i + 1).forEach((b, k) => {
      typed[pairKey(a, b)] = (((i + k) % 9) / 10).toFixed(1);
    });
  });
  return typed;
}

const CASES: readonly BenchCase[] = [
  {
    // DESIGN.md: full recompute of every result after one input change (core, Node), p95 ≤ 1 ms: every
    // panel, with bars loaded and a six-position book under stress; the figures and their display text,
    // as the store makes them (the presenter keeps the sections the change leaves alone).
    name: 'recompute_full',
    budgetMs: 1,
    warmups: 500,
    runs: 5000,
    setup: () => {
      const { forms, env } = fullFormSetup();
      const present = createDeskPresenter();
      return (i) => storeRecompute(present, forms[i % forms.length] ?? FULL_FORM, env);
    },
  },
  {
    // #8: the same budget with the book across nine products (metals, energy, currencies beside the
    // indices), each family stressed by its own rule.
    name: 'recompute_full_9_products',
    budgetMs: 1,
    warmups: 500,
    runs: 5000,
    setup: () => {
      const { forms, env } = fullFormSetup(NINE_PRODUCT_FORM, NINE_PRODUCT_BOOK);
      const present = createDeskPresenter();
      return (i) =>
        storeRecompute(present, forms[i % forms.length] ?? NINE_PRODUCT_FORM, env, NINE_PRODUCT_BOOK);
    },
  },
  {
    // Informational: the same with a fresh presenter each time, so every section is formatted (the worst
    // case of a change that touches every panel).
    name: 'recompute_full_unmemoised',
    warmups: 500,
    runs: 5000,
    setup: () => {
      const { forms, env } = fullFormSetup();
      return (i) => storeRecompute(createDeskPresenter(), forms[i % forms.length] ?? FULL_FORM, env);
    },
  },
  {
    // Issue 8: the full recompute (as recompute_full, same budget) with the Portfolio section loaded: ten
    // assets over nine products, every pair's correlation typed, the scaling plan at seven milestones. The
    // change is a keystroke in the first asset's price (a new rows array, as the store makes it), so every
    // asset, the correlated risk and every milestone of the plan are computed again.
    name: 'portfolio_10_assets',
    budgetMs: 1,
    warmups: 500,
    runs: 5000,
    setup: () => {
      const { env } = fullFormSetup();
      const portfolioEnv: DeskEnv = { ...env, portfolioSection: PORTFOLIO_SECTION_MODULE.compute };
      const portfolioCorrelationTexts = portfolioCorrelations();
      // More prices than the section keeps plans for, so no iteration finds its asset already planned.
      const variants = Array.from({ length: 1000 }, (_, k) =>
        PORTFOLIO_ROWS.map((row, i) => (i === 0 ? { ...row, price: (5800 + k / 4).toFixed(2) } : row)),
      );
      const collectionsAt = (i: number) => ({
        portfolioRows: variants[i % variants.length] ?? PORTFOLIO_ROWS,
        portfolioCorrelations: portfolioCorrelationTexts,
      });
      const present = createDeskPresenter();
      const presentPortfolio = PORTFOLIO_SECTION_MODULE.createPresenter();
      const checked = computeDesk(FULL_FORM, portfolioEnv, BOOK, collectionsAt(0)).portfolio;
      const errors = Object.entries(checked?.rowErrors ?? { portfolio: 'not computed' });
      if (errors.length > 0) throw new Error(`the portfolio has field errors: ${JSON.stringify(errors)}`);
      const view = checked === null ? null : presentPortfolio(checked);
      if (view === null || view.scaling === null || view.texts.portfolioCorrelatedRisk === NO_VALUE) {
        throw new Error('the portfolio leaves figures uncomputed');
      }
      log(`portfolio_10_assets: correlated risk ${view.texts.portfolioCorrelatedRisk}`);
      return (i) => {
        const figures = computeDesk(FULL_FORM, portfolioEnv, BOOK, collectionsAt(i));
        const portfolio = figures.portfolio;
        return [present(figures), portfolio === null ? null : presentPortfolio(portfolio)];
      };
    },
  },
  {
    // DESIGN.md: ATR(14) over 100,000 imported bars, parse included, ≤ 300 ms.
    name: 'atr_import_100k',
    budgetMs: 300,
    warmups: 2,
    runs: 15,
    setup: () => {
      const text = syntheticBarsCsv(100_000, SEED);
      return () => {
        const parsed = parseBarsCsv(text);
        const study = studyBars(parsed.series, ATR_PERIOD, ATR_MULTIPLIER);
        if (parsed.series.close.length !== 100_000 || study.atrText === null) {
          throw new Error(
            `100k import read ${parsed.series.close.length} bars, ATR ${study.atrText ?? 'none'}`,
          );
        }
        return study;
      };
    },
  },
  {
    // Informational: the ATR part of atr_import_100k alone (bars already parsed), no budget of its own.
    name: 'atr_wilder_100k_no_parse',
    warmups: 5,
    runs: 50,
    setup: () => {
      const { series } = parseBarsCsv(syntheticBarsCsv(100_000, SEED));
      return () => wilderAtrSeries(series.high, series.low, series.close, ATR_PERIOD);
    },
  },
  {
    // Issue 9: the Plan's Monte Carlo, 10,000 paths × 200 trades at the chosen risk, ≤ 300 ms; timed in
    // core, as the Web Worker runs it (src/workers/monteCarloWorker.ts calls `simulate` and nothing else
    // heavy). The win-rate model (p = 55 %, b = 1.5); each run has its own seed.
    name: 'monte_carlo_10k_paths_200_trades',
    budgetMs: 300,
    warmups: 1,
    runs: 15,
    setup: () => (i) => monteCarloRun(i, { kind: 'winRate', winRate: 0.55, payoff: 1.5 }),
  },
  {
    // Issue 9: the same, bootstrapping a pasted list of 50 trade results (in R).
    name: 'monte_carlo_bootstrap_10k_paths_200_trades',
    budgetMs: 300,
    warmups: 1,
    runs: 15,
    setup: () => (i) =>
      monteCarloRun(i, {
        kind: 'empirical',
        resultsR: Array.from({ length: 50 }, (_, k) => (k % 9 < 5 ? 1 + (k % 4) * 0.5 : -1)),
      }),
  },
];

/** One Monte Carlo of 10,000 paths × 200 trades at 1 % risk from $25,000, seeded by the run number. */
function monteCarloRun(seed: number, model: MonteCarloModel): unknown {
  const outcome = simulate({
    seed,
    paths: 10_000,
    trades: 200,
    riskFraction: 0.01,
    startEquity: 25_000,
    model,
  });
  if (outcome.status !== 'ok') throw new Error(`Monte Carlo did not run: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** Keeps results reachable so that no call can be optimised away. */
let sink: unknown = null;

function runCase(benchCase: BenchCase): Record<string, unknown> {
  const timed = benchCase.setup();
  for (let i = 0; i < benchCase.warmups; i++) sink = timed(i);
  const samples: number[] = [];
  for (let i = 0; i < benchCase.runs; i++) {
    const start = performance.now();
    sink = timed(benchCase.warmups + i);
    samples.push(performance.now() - start);
  }
  if (sink === null || sink === undefined)
    throw new Error(`${benchCase.name}: the timed function returned nothing`);
  return timingLine(
    benchCase.name,
    samples,
    { runs: benchCase.runs, warmups: benchCase.warmups },
    benchCase.budgetMs,
  );
}

function main(): number {
  const only = process.argv.slice(2);
  const cases = only.length === 0 ? CASES : CASES.filter((c) => only.includes(c.name));
  if (cases.length === 0) {
    log(`no case named ${only.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}`);
    return 2;
  }
  let failed = false;
  log(
    `bench: Node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2) ?? '?'}`,
  );
  for (const benchCase of cases) {
    log(`bench: ${benchCase.name} (${benchCase.warmups} warm-ups, ${benchCase.runs} runs)`);
    try {
      printLine(runCase(benchCase));
    } catch (error) {
      failed = true;
      log(
        `bench: ${benchCase.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
