/**
 * Runs the Plan's Monte Carlo when its request changes: debounced (a burst of keystrokes runs once, after
 * typing pauses), in the Monte Carlo worker (main thread only where no worker can run), keeping only the
 * run of the latest request. The request comes from core (figures.plan.section.monteCarlo); the result's texts
 * and fan points are made here, once per run.
 */
import { useEffect, useState } from 'react';
import {
  fanChartPoints,
  monteCarloFigures,
  presentMonteCarlo,
  type FanPoint,
  type MonteCarloPlan,
  type MonteCarloView,
} from '../../core/plan/planDoor';
import { runMonteCarloOffThread } from '../../store/monteCarloClient';
import { useMonteCarloPlan } from '../../store/selectors';

/** Typing pauses this long before a run starts. */
export const MONTE_CARLO_DEBOUNCE_MS = 300;

export type MonteCarloState =
  | {
      readonly status: 'waiting';
      /** Null while the section's code is loading. */
      readonly missing: Extract<MonteCarloPlan, { status: 'waiting' }>['missing'] | null;
    }
  | { readonly status: 'running' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'done';
      readonly view: MonteCarloView;
      readonly fan: readonly FanPoint[];
      readonly paths: number;
      readonly trades: number;
    };

interface Finished {
  readonly key: string;
  readonly state: MonteCarloState;
}

/** The Monte Carlo of the current request: waiting for inputs, running, or its result. */
export function useMonteCarlo(
  run: typeof runMonteCarloOffThread = runMonteCarloOffThread,
  debounceMs = MONTE_CARLO_DEBOUNCE_MS,
): MonteCarloState {
  const plan = useMonteCarloPlan();
  const [finished, setFinished] = useState<Finished | null>(null);
  useEffect(() => {
    if (plan?.status !== 'ready') return undefined;
    let current = true;
    const { input, key } = plan;
    const timer = setTimeout(() => {
      void run(input).then(
        ({ outcome }) => {
          if (!current) return;
          setFinished({
            key,
            state:
              outcome.status === 'error'
                ? { status: 'error', message: outcome.message }
                : {
                    status: 'done',
                    view: presentMonteCarlo(monteCarloFigures(outcome.result)),
                    fan: fanChartPoints(outcome.result.fan),
                    paths: input.paths,
                    trades: input.trades,
                  },
          });
        },
        (error: unknown) => {
          if (current) {
            setFinished({ key, state: { status: 'error', message: String(error) } });
          }
        },
      );
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [plan, run, debounceMs]);
  if (plan === null) return { status: 'waiting', missing: null };
  if (plan.status === 'waiting') return { status: 'waiting', missing: plan.missing };
  // A result of an earlier request is never shown: it no longer matches the inputs.
  return finished !== null && finished.key === plan.key ? finished.state : { status: 'running' };
}
