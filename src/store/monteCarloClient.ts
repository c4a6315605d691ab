/**
 * Runs the Plan's Monte Carlo off the main thread: one module Web Worker
 * (src/workers/monteCarloWorker.ts), created on the first run and kept, runs `simulate` and transfers the
 * fan's arrays back (DESIGN.md budget: 10,000 paths × 200 trades ≤ 300 ms in a Worker; the page never
 * blocks on it).
 *
 * Requests are matched to answers by id; every promise resolves, and the caller keeps only the latest
 * (the Plan compares the input's key).
 *
 * Fallback, as barsClient.ts: where there is no `Worker` (happy-dom tests, old browsers), or creating it
 * throws, or it reports an error (failed to load), the input runs on the main thread with `simulate` from
 * a dynamic `import('../core/plan/monteCarlo')`. A worker that errored is terminated and not tried again
 * in this page; requests it had not answered run on the main thread. A request answered with a failure
 * (a bug) runs on the main thread too, and the worker is kept.
 */
import type { MonteCarloInput, MonteCarloOutcome } from '../core/plan/planDoor';
import type { MonteCarloRequest, MonteCarloResponse } from '../workers/monteCarloWorker';
import { lazyWorker, type WorkerPort } from './lazyWorker';

/** What the client uses of a worker: a real `Worker` has it; tests pass a fake. */
export type MonteCarloWorkerPort = WorkerPort<MonteCarloRequest, MonteCarloResponse>;

/** A finished run: the outcome, and where it ran. */
export interface MonteCarloRun {
  readonly outcome: MonteCarloOutcome;
  readonly ranIn: 'worker' | 'main thread';
  /** Time inside the worker, ms; null on the main thread (not measured there). */
  readonly elapsedMs: number | null;
}

export interface MonteCarloClientOptions {
  /** Creates the worker, or returns null where there is none (default: the module worker). */
  readonly createWorker?: () => MonteCarloWorkerPort | null;
  /** Runs on the main thread (the fallback). Default: `simulate`, loaded on first use. */
  readonly simulateOnMainThread?: (input: MonteCarloInput) => Promise<MonteCarloOutcome>;
}

export interface MonteCarloClient {
  /** The run of `input`; never rejects unless the main-thread simulation cannot be loaded. */
  run(input: MonteCarloInput): Promise<MonteCarloRun>;
}

/** The bundled module worker, or null where the platform has no `Worker`. */
function createModuleWorker(): MonteCarloWorkerPort | null {
  if (typeof Worker === 'undefined') return null;
  // Vite recognises exactly this form and emits the worker as its own file.
  return new Worker(new URL('../workers/monteCarloWorker.ts', import.meta.url), { type: 'module' });
}

async function simulateWithCore(input: MonteCarloInput): Promise<MonteCarloOutcome> {
  const { simulate } = await import('../core/plan/monteCarlo');
  return simulate(input);
}

interface PendingRun {
  readonly input: MonteCarloInput;
  readonly resolve: (run: MonteCarloRun | Promise<MonteCarloRun>) => void;
}

/** A client with its own worker (created on the first run) and its own fallback. */
export function createMonteCarloClient(options: MonteCarloClientOptions = {}): MonteCarloClient {
  const createWorker = options.createWorker ?? createModuleWorker;
  const simulateOnMainThread = options.simulateOnMainThread ?? simulateWithCore;
  let nextId = 1;
  const pending = new Map<number, PendingRun>();

  const onMainThread = async (input: MonteCarloInput): Promise<MonteCarloRun> => ({
    outcome: await simulateOnMainThread(input),
    ranIn: 'main thread',
    elapsedMs: null,
  });

  const giveUp = (): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) request.resolve(onMainThread(request.input));
  };

  const onAnswer = (event: MessageEvent<MonteCarloResponse>): void => {
    const response = event.data;
    const request = pending.get(response.id);
    if (request === undefined) return;
    pending.delete(response.id);
    if ('outcome' in response) {
      request.resolve({ outcome: response.outcome, ranIn: 'worker', elapsedMs: response.elapsedMs });
      return;
    }
    request.resolve(onMainThread(request.input));
  };

  const worker = lazyWorker(createWorker, onAnswer, giveUp);

  return {
    run: (input) => {
      const port = worker.current();
      if (port === null) return onMainThread(input);
      const id = nextId++;
      return new Promise<MonteCarloRun>((resolve) => {
        pending.set(id, { input, resolve });
        try {
          port.postMessage({ id, input });
        } catch {
          pending.delete(id);
          resolve(onMainThread(input));
        }
      });
    },
  };
}

let sharedClient: MonteCarloClient | null = null;

/** Runs the simulation in the page's one Monte Carlo worker (created on first use), or on the main thread. */
export function runMonteCarloOffThread(input: MonteCarloInput): Promise<MonteCarloRun> {
  sharedClient ??= createMonteCarloClient();
  return sharedClient.run(input);
}
