/**
 * The Monte Carlo's Web Worker: a module worker that `src/store/monteCarloClient.ts` creates with
 * `new Worker(new URL('../workers/monteCarloWorker.ts', import.meta.url), { type: 'module' })`; Vite
 * bundles it as a file of its own (with src/core/plan/monteCarlo.ts and random.ts, nothing else).
 *
 * Protocol: the client posts `{ id, input }` (a `MonteCarloInput`); the worker answers `{ id, outcome,
 * elapsedMs }` (`simulate(input)`, and how long it took inside the worker) with the fan's arrays'
 * buffers transferred, not copied. Should `simulate` throw (it never throws on input; this is for a bug),
 * the answer is `{ id, failure }` and the client runs that input on the main thread instead. Requests are
 * answered one at a time, in the order they arrive.
 */
import { simulate, type MonteCarloInput, type MonteCarloOutcome } from '../core/plan/monteCarlo';

export interface MonteCarloRequest {
  readonly id: number;
  readonly input: MonteCarloInput;
}

export type MonteCarloResponse =
  | { readonly id: number; readonly outcome: MonteCarloOutcome; readonly elapsedMs: number }
  | { readonly id: number; readonly failure: string };

/** An answer and the buffers to transfer with it. */
export interface MonteCarloReply {
  readonly response: MonteCarloResponse;
  readonly transfer: ArrayBuffer[];
}

/** The buffers of the fan's arrays, each once. */
export function fanTransferables(outcome: MonteCarloOutcome): ArrayBuffer[] {
  if (outcome.status !== 'ok') return [];
  const { tradeIndex, p5, p25, p50, p75, p95 } = outcome.result.fan;
  const buffers = new Set<ArrayBuffer>();
  for (const array of [tradeIndex, p5, p25, p50, p75, p95]) {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  }
  return [...buffers];
}

/** Runs one request (with `run`, `simulate` unless a test injects another), timed by `clock` (ms). */
export function replyToMonteCarlo(
  request: MonteCarloRequest,
  run: (input: MonteCarloInput) => MonteCarloOutcome = simulate,
  clock: () => number = () => performance.now(),
): MonteCarloReply {
  try {
    const start = clock();
    const outcome = run(request.input);
    const elapsedMs = clock() - start;
    return { response: { id: request.id, outcome, elapsedMs }, transfer: fanTransferables(outcome) };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { response: { id: request.id, failure }, transfer: [] };
  }
}

/** What this file uses of a dedicated worker's global scope (the project's types are the DOM's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MonteCarloRequest>) => void): void;
  postMessage(message: MonteCarloResponse, transfer: Transferable[]): void;
}

// Inside a worker there is no `window`; a test that imports this file for `replyToMonteCarlo` registers nothing.
if (typeof window === 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const { response, transfer } = replyToMonteCarlo(event.data);
    scope.postMessage(response, transfer);
  });
}
