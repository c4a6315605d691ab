/**
 * A worker a client creates on first use and keeps, or gives up on for the rest of the page's life (the
 * rule barsClient.ts and monteCarloClient.ts share): where there is no `Worker`, or creating it throws, the
 * client has none; when the worker reports an error (it failed to load, or cannot read a message) it is
 * terminated, never tried again, and the client's `onBroken` runs what it was still waiting for elsewhere.
 */

/** What a client uses of a worker: a real `Worker` has it; tests pass a fake. */
export interface WorkerPort<Request, Response> {
  postMessage(message: Request): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Response>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface LazyWorker<Request, Response> {
  /** The worker, created on the first call; null where there is none or after it broke. */
  current(): WorkerPort<Request, Response> | null;
}

/**
 * Creates the worker with `create` on the first `current()`, answers go to `onAnswer`; when it breaks it
 * is terminated and `onBroken` is called once it is gone (so that `current()` already returns null).
 */
export function lazyWorker<Request, Response>(
  create: () => WorkerPort<Request, Response> | null,
  onAnswer: (event: MessageEvent<Response>) => void,
  onBroken: () => void,
): LazyWorker<Request, Response> {
  /** undefined: not created yet; null: none, or given up on. */
  let worker: WorkerPort<Request, Response> | null | undefined;
  const giveUp = (): void => {
    const broken = worker;
    worker = null;
    broken?.terminate();
    onBroken();
  };
  return {
    current: () => {
      if (worker !== undefined) return worker;
      let created: WorkerPort<Request, Response> | null;
      try {
        created = create();
      } catch {
        created = null;
      }
      worker = created;
      if (created !== null) {
        created.addEventListener('message', onAnswer);
        created.addEventListener('error', giveUp);
        created.addEventListener('messageerror', giveUp);
      }
      return created;
    },
  };
}
