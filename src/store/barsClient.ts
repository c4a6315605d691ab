/**
 * Parses bar text off the main thread: one module Web Worker (src/workers/barsWorker.ts), created on the
 * first parse and kept, runs `parseBarsCsv` and transfers the price arrays back, so that pasting or
 * importing 100,000 bars does not block the page (DESIGN.md budget: ≤ 200 ms of main-thread block).
 *
 * Requests are matched to answers by id. A newer request does not cancel an older one: every promise
 * resolves, and the caller keeps only the latest (the store compares its `barsSource`).
 *
 * Fallback: where there is no `Worker` (happy-dom tests, old browsers), or creating it throws, or it
 * reports an error (failed to load, e.g. a CSP that forbids it), the text is parsed on the main thread
 * with `parseBarsCsv` from a dynamic `import('../core/barsDoor')`. A worker that errored is terminated and
 * not tried again in this page; requests it had not answered are parsed on the main thread. A request the
 * worker answers with a failure (a parser bug) is parsed on the main thread too, and the worker is kept.
 *
 * The CSP of the build (vite.config.ts: `default-src 'none'; script-src 'self'`, no `worker-src`) lets a
 * same-origin worker script run: `worker-src` falls back to `child-src`, then to `script-src`.
 */
import type { BarsImport } from '../core';
import type {
  BarsCompressRequest,
  BarsCompressResponse,
  BarsWorkerRequest,
  BarsWorkerResponse,
} from '../workers/barsWorker';
import { encodeStoredBars } from './barsStorage';
import type { SavedBars } from './persistence';
import { lazyWorker, type WorkerPort } from './lazyWorker';

/** What the client uses of a worker: a real `Worker` has it; tests pass a fake. */
export type BarsWorkerPort = WorkerPort<
  BarsWorkerRequest | BarsCompressRequest,
  BarsWorkerResponse | BarsCompressResponse
>;

export interface BarsClientOptions {
  /**
   * Creates the worker, or returns null where there is none. Default: the module worker on
   * src/workers/barsWorker.ts, null when `Worker` is undefined.
   */
  readonly createWorker?: () => BarsWorkerPort | null;
  /** Parses on the main thread (the fallback). Default: `parseBarsCsv` from core/barsDoor, loaded on first use. */
  readonly parseOnMainThread?: (text: string) => Promise<BarsImport>;
}

export interface BarsClient {
  /**
   * The import of `text`; never rejects unless the main-thread parser cannot be loaded. With `storeAs`
   * (a source name), the worker also prepares the text's stored form, which `compress` then returns.
   */
  parse(text: string, storeAs?: string): Promise<BarsImport>;
  /** The stored form of `bars` (barsStorage.ts), compressed in the worker where there is one. */
  compress(bars: SavedBars): Promise<string>;
}

/** The bundled module worker, or null where the platform has no `Worker`. */
function createModuleWorker(): BarsWorkerPort | null {
  if (typeof Worker === 'undefined') return null;
  // Vite recognises exactly this form and emits the worker as its own file.
  return new Worker(new URL('../workers/barsWorker.ts', import.meta.url), { type: 'module' });
}

/** parseBarsCsv on the main thread, the parser loaded on first use. */
async function parseWithBarsDoor(text: string): Promise<BarsImport> {
  const { parseBarsCsv } = await import('../core/barsDoor');
  return parseBarsCsv(text);
}

/** The import as the page uses it: the dates the worker sent joined put back into the series. */
export function withDates(result: BarsImport, dates: string): BarsImport {
  return { ...result, series: { ...result.series, dates: dates === '' ? [] : dates.split('\n') } };
}

/** A request the worker has not answered yet. */
interface PendingRequest {
  readonly text: string;
  readonly resolve: (result: BarsImport | Promise<BarsImport>) => void;
}

/** A client with its own worker (created on the first parse) and its own fallback. */
export function createBarsClient(options: BarsClientOptions = {}): BarsClient {
  const createWorker = options.createWorker ?? createModuleWorker;
  const parseOnMainThread = options.parseOnMainThread ?? parseWithBarsDoor;
  let nextId = 1;
  const pending = new Map<number, PendingRequest>();
  const compressing = new Map<
    number,
    { bars: SavedBars; resolve: (stored: string | Promise<string>) => void }
  >();
  /** The stored form the worker is preparing for the last text parsed with `storeAs`. */
  let prepared: { readonly bars: SavedBars; readonly stored: Promise<string> } | null = null;

  const giveUp = (): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) request.resolve(parseOnMainThread(request.text));
    const toCompress = [...compressing.values()];
    compressing.clear();
    for (const request of toCompress) request.resolve(encodeStoredBars(request.bars));
  };

  const onAnswer = (event: MessageEvent<BarsWorkerResponse | BarsCompressResponse>): void => {
    const response = event.data;
    if ('stored' in response) {
      compressing.get(response.id)?.resolve(response.stored);
      compressing.delete(response.id);
      return;
    }
    const request = pending.get(response.id);
    if (request === undefined) return;
    pending.delete(response.id);
    if ('result' in response) {
      request.resolve(withDates(response.result, response.dates));
      return;
    }
    request.resolve(parseOnMainThread(request.text));
    // The worker failed on this text: it will not prepare its stored form either.
    const waiting = compressing.get(response.id);
    compressing.delete(response.id);
    waiting?.resolve(encodeStoredBars(waiting.bars));
  };

  const worker = lazyWorker(createWorker, onAnswer, giveUp);

  return {
    parse: (text, storeAs) => {
      const port = worker.current();
      if (port === null) return parseOnMainThread(text);
      const id = nextId++;
      if (storeAs !== undefined) {
        const bars = { sourceName: storeAs, text };
        prepared = {
          bars,
          stored: new Promise<string>((resolve) => {
            compressing.set(id, { bars, resolve });
          }),
        };
      }
      return new Promise<BarsImport>((resolve) => {
        pending.set(id, { text, resolve });
        try {
          port.postMessage(storeAs === undefined ? { id, text } : { id, text, storeAs });
        } catch {
          pending.delete(id);
          compressing.delete(id);
          prepared = null;
          resolve(parseOnMainThread(text));
        }
      });
    },
    compress: (bars) => {
      if (
        prepared !== null &&
        prepared.bars.text === bars.text &&
        prepared.bars.sourceName === bars.sourceName
      ) {
        return prepared.stored;
      }
      const port = worker.current();
      if (port === null) return encodeStoredBars(bars);
      const id = nextId++;
      return new Promise<string>((resolve) => {
        compressing.set(id, { bars, resolve });
        try {
          port.postMessage({ id, compress: bars });
        } catch {
          compressing.delete(id);
          resolve(encodeStoredBars(bars));
        }
      });
    },
  };
}

let sharedClient: BarsClient | null = null;

/**
 * Parses bar text in the page's one bars worker (created on first use), or on the main thread where no
 * worker can run. Every call resolves with the import of its own text.
 */
export function parseBarsOffThread(text: string, storeAs?: string): Promise<BarsImport> {
  sharedClient ??= createBarsClient();
  return sharedClient.parse(text, storeAs);
}

/** The stored form of bars, compressed off the main thread where a worker can run. */
export function compressBarsOffThread(bars: SavedBars): Promise<string> {
  sharedClient ??= createBarsClient();
  return sharedClient.compress(bars);
}

/**
 * Whether an import is worth saving: false for text with a whole-file problem (empty, no recognisable
 * columns, a header without bars) and for text of which no bar was kept, so the store does not save it.
 */
export function isStorableImport(parsed: BarsImport): boolean {
  return parsed.problem === null && parsed.series.close.length > 0;
}
