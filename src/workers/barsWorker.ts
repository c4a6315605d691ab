/**
 * The bars parser's Web Worker: a module worker that `src/store/barsClient.ts` creates with
 * `new Worker(new URL('../workers/barsWorker.ts', import.meta.url), { type: 'module' })`, which Vite bundles
 * as a file of its own (with papaparse and src/core/bars.ts, nothing else).
 *
 * Protocol: the client posts `{ id, text }`; the worker answers `{ id, result }` (the `BarsImport` of
 * `parseBarsCsv(text)`) with the four price arrays' buffers transferred, not copied, so the main thread
 * only pays for the dates and messages. Should parsing throw (core never throws on input; this is for a
 * bug), the answer is `{ id, failure }` and the client parses that text on the main thread instead.
 * Requests are answered one at a time, in the order they arrive.
 *
 * It also compresses bars for storage (`{ id, compress }` → `{ id, stored }`): gzip of megabytes takes
 * hundreds of milliseconds, which must not block the page either.
 */
import { parseBarsCsv, type BarsImport } from '../core/bars';
import { encodeStoredBars } from '../store/barsStorage';
import type { SavedBars } from '../store/persistence';

/**
 * A text to parse; `id` matches the answer to the request. With `storeAs`, the worker then also sends the
 * text's stored form (`{ id, stored }`), so the page never sends megabytes to the worker twice.
 */
export interface BarsWorkerRequest {
  readonly id: number;
  readonly text: string;
  readonly storeAs?: string;
}

/** Bars to encode for storage. */
export interface BarsCompressRequest {
  readonly id: number;
  readonly compress: SavedBars;
}

/**
 * The import of a request's text, or why there is none. The series' dates travel as one text joined by
 * line breaks (`dates`, with `result.series.dates` empty): one string is copied at once, where 100,000
 * separate strings cost the receiving page tens of milliseconds to rebuild. barsClient.ts `withDates`
 * puts them back.
 */
export type BarsWorkerResponse =
  | { readonly id: number; readonly result: BarsImport; readonly dates: string }
  | { readonly id: number; readonly failure: string };

/** The stored form of bars to compress (barsStorage.ts). */
export interface BarsCompressResponse {
  readonly id: number;
  readonly stored: string;
}

/** An answer and the buffers to transfer with it. */
export interface BarsWorkerReply {
  readonly response: BarsWorkerResponse;
  readonly transfer: ArrayBuffer[];
}

/**
 * The buffers of the series' price arrays, each once (a buffer listed twice cannot be transferred).
 * Shared buffers cannot be transferred and are left to be copied.
 */
export function transferablesOf(result: BarsImport): ArrayBuffer[] {
  const { open, high, low, close } = result.series;
  const buffers = new Set<ArrayBuffer>();
  for (const prices of [open, high, low, close]) {
    if (prices.buffer instanceof ArrayBuffer) buffers.add(prices.buffer);
  }
  return [...buffers];
}

/** Parses one request (with `parse`, parseBarsCsv unless a test injects another). */
export function replyTo(
  request: BarsWorkerRequest,
  parse: (text: string) => BarsImport = parseBarsCsv,
): BarsWorkerReply {
  try {
    const result = parse(request.text);
    const dates = result.series.dates.join('\n');
    const sent = { ...result, series: { ...result.series, dates: [] } };
    return { response: { id: request.id, result: sent, dates }, transfer: transferablesOf(result) };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { response: { id: request.id, failure }, transfer: [] };
  }
}

/** What this file uses of a dedicated worker's global scope (the project's types are the DOM's). */
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<BarsWorkerRequest | BarsCompressRequest>) => void,
  ): void;
  postMessage(message: BarsWorkerResponse | BarsCompressResponse, transfer: Transferable[]): void;
}

// Inside a worker there is no `window`; a test that imports this file for `replyTo` registers nothing.
if (typeof window === 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const request = event.data;
    if ('compress' in request) {
      void encodeStoredBars(request.compress).then((stored) => {
        scope.postMessage({ id: request.id, stored }, []);
      });
      return;
    }
    const { response, transfer } = replyTo(request);
    scope.postMessage(response, transfer);
    const { storeAs } = request;
    if (storeAs !== undefined && 'result' in response) {
      void encodeStoredBars({ sourceName: storeAs, text: request.text }).then((stored) => {
        scope.postMessage({ id: request.id, stored }, []);
      });
    }
  });
}
