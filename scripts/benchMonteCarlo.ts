/**
 * Times the Plan's Monte Carlo (issue 9: ≤ 300 ms for 10,000 paths × 200 trades at the chosen risk) in
 * core, as the Web Worker runs it (src/workers/monteCarloWorker.ts calls `simulate` and nothing heavier).
 * Both models: the win-rate model (p = 55 %, b = 1.5) and the bootstrap of a pasted list of 50 results.
 * One warm-up run, then 15 timed runs, each with its own seed. Run: `npx tsx scripts/benchMonteCarlo.ts`.
 */
import { performance } from 'node:perf_hooks';
import { simulate, type MonteCarloModel } from '../src/core/plan/monteCarlo';
import { log, printLine, timingLine } from './benchStats';

const RUNS = 15;
const BUDGET_MS = 300;

const MODELS: readonly [string, MonteCarloModel][] = [
  ['monteCarlo.winRate', { kind: 'winRate', winRate: 0.55, payoff: 1.5 }],
  [
    'monteCarlo.bootstrap',
    {
      kind: 'empirical',
      resultsR: Array.from({ length: 50 }, (_, i) => (i % 9 < 5 ? 1 + (i % 4) * 0.5 : -1)),
    },
  ],
];

for (const [name, model] of MODELS) {
  const run = (seed: number) =>
    simulate({ seed, paths: 10_000, trades: 200, riskFraction: 0.01, startEquity: 25_000, model });
  run(0);
  const samples: number[] = [];
  for (let seed = 1; seed <= RUNS; seed++) {
    const start = performance.now();
    const outcome = run(seed);
    samples.push(performance.now() - start);
    if (outcome.status !== 'ok') throw new Error(`${name}: ${JSON.stringify(outcome)}`);
  }
  log(`${name}: ${RUNS} runs of 10,000 paths × 200 trades`);
  printLine(timingLine(name, samples, { paths: 10_000, trades: 200 }, BUDGET_MS));
}
