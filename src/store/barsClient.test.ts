import { describe, expect, it, vi } from 'vitest';
import { parseBarsCsv, type BarsImport } from '../core/bars';
import {
  replyTo,
  transferablesOf,
  type BarsWorkerRequest,
  type BarsWorkerResponse,
} from '../workers/barsWorker';
import {
  createBarsClient,
  isStorableImport,
  parseBarsOffThread,
  withDates,
  type BarsWorkerPort,
} from './barsClient';

const TEXT_A = 'Date,Open,High,Low,Close\n2024-01-02,10,11,9,10\n2024-01-03,10,12,9,11\n';
const TEXT_B = 'Date;Open;High;Low;Close\n2024-01-05;20;21;19;20\n';

/** An import as plain data, to compare a worker's or a fallback's result with parseBarsCsv's. */
function plain(parsed: BarsImport): unknown {
  const { dates, open, high, low, close } = parsed.series;
  return { ...parsed, series: { dates, open: [...open], high: [...high], low: [...low], close: [...close] } };
}

/** A worker the test drives by hand: it keeps what it is sent and answers when told. */
class FakeWorker implements BarsWorkerPort {
  readonly sent: BarsWorkerRequest[] = [];
  terminated = 0;
  private readonly messageListeners: ((event: MessageEvent<BarsWorkerResponse>) => void)[] = [];
  private readonly errorListeners: ((event: Event) => void)[] = [];

  postMessage(message: BarsWorkerRequest): void {
    this.sent.push(message);
  }

  addEventListener(type: 'message', listener: (event: MessageEvent<BarsWorkerResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  addEventListener(
    type: 'message' | 'error' | 'messageerror',
    listener: ((event: MessageEvent<BarsWorkerResponse>) => void) | ((event: Event) => void),
  ): void {
    if (type === 'message') this.messageListeners.push(listener);
    else this.errorListeners.push(listener as (event: Event) => void);
  }

  terminate(): void {
    this.terminated++;
  }

  /** Answers the i-th request the way the real worker does. */
  answer(i: number): void {
    const request = this.sent[i];
    if (request === undefined) throw new Error(`no request ${i}`);
    this.post(replyTo(request).response);
  }

  post(response: BarsWorkerResponse): void {
    for (const listener of this.messageListeners) listener(new MessageEvent('message', { data: response }));
  }

  fail(): void {
    for (const listener of this.errorListeners) listener(new Event('error'));
  }
}

/** A main-thread fallback that counts its calls. */
function countingFallback() {
  return vi.fn((text: string) => Promise.resolve(parseBarsCsv(text)));
}

/** A client on a fake worker, with a counting fallback. */
function clientOnFake(worker = new FakeWorker()) {
  const fallback = countingFallback();
  const createWorker = vi.fn(() => worker);
  const client = createBarsClient({ createWorker, parseOnMainThread: fallback });
  return { client, fallback, createWorker, worker };
}

describe('parseBarsOffThread without a Worker (happy-dom)', () => {
  it('has no Worker here, so it parses on the main thread through core/barsDoor', async () => {
    expect(typeof Worker).toBe('undefined');
    const [a, b] = await Promise.all([parseBarsOffThread(TEXT_A), parseBarsOffThread(TEXT_B)]);
    expect(plain(a)).toEqual(plain(parseBarsCsv(TEXT_A)));
    expect(plain(b)).toEqual(plain(parseBarsCsv(TEXT_B)));
    expect(a.series.close).toBeInstanceOf(Float64Array);
    expect([...b.series.close]).toEqual([20]);
  });
});

describe('createBarsClient', () => {
  it('creates its worker on the first parse only, and once', async () => {
    const { client, createWorker, worker, fallback } = clientOnFake();
    expect(createWorker).not.toHaveBeenCalled();
    const first = client.parse(TEXT_A);
    const second = client.parse(TEXT_B);
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(worker.sent).toEqual([
      { id: 1, text: TEXT_A },
      { id: 2, text: TEXT_B },
    ]);
    worker.answer(0);
    worker.answer(1);
    expect(plain(await first)).toEqual(plain(parseBarsCsv(TEXT_A)));
    expect(plain(await second)).toEqual(plain(parseBarsCsv(TEXT_B)));
    expect(fallback).not.toHaveBeenCalled();
  });

  it('matches answers to requests by id, whatever their order; an older request still resolves', async () => {
    const { client, worker } = clientOnFake();
    const older = client.parse(TEXT_A);
    const newer = client.parse(TEXT_B);
    worker.answer(1);
    worker.post({ id: 99, failure: 'an answer to nothing is ignored' });
    expect([...(await newer).series.close]).toEqual([20]);
    worker.answer(0);
    expect([...(await older).series.close]).toEqual([10, 11]);
  });

  it('parses on the main thread where there is no worker', async () => {
    const fallback = countingFallback();
    const createWorker = vi.fn(() => null);
    const client = createBarsClient({ createWorker, parseOnMainThread: fallback });
    expect([...(await client.parse(TEXT_B)).series.close]).toEqual([20]);
    await client.parse(TEXT_A);
    expect(fallback.mock.calls).toEqual([[TEXT_B], [TEXT_A]]);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('parses on the main thread when creating the worker throws (e.g. a CSP that forbids it)', async () => {
    const fallback = countingFallback();
    const client = createBarsClient({
      createWorker: () => {
        throw new Error('SecurityError');
      },
      parseOnMainThread: fallback,
    });
    expect([...(await client.parse(TEXT_B)).series.close]).toEqual([20]);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('gives up on a worker that errors: waiting and later requests are parsed on the main thread', async () => {
    const { client, worker, fallback, createWorker } = clientOnFake();
    const waiting = client.parse(TEXT_A);
    worker.fail();
    expect(worker.terminated).toBe(1);
    expect([...(await waiting).series.close]).toEqual([10, 11]);
    expect([...(await client.parse(TEXT_B)).series.close]).toEqual([20]);
    expect(fallback.mock.calls).toEqual([[TEXT_A], [TEXT_B]]);
    expect(worker.sent.length).toBe(1);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('parses a text the worker could not parse on the main thread, and keeps the worker', async () => {
    const { client, worker, fallback } = clientOnFake();
    const failed = client.parse(TEXT_A);
    worker.post({ id: 1, failure: 'a parser bug' });
    expect([...(await failed).series.close]).toEqual([10, 11]);
    expect(fallback.mock.calls).toEqual([[TEXT_A]]);
    const next = client.parse(TEXT_B);
    worker.answer(1);
    expect([...(await next).series.close]).toEqual([20]);
    expect(worker.terminated).toBe(0);
  });

  it('parses on the main thread when posting to the worker throws', async () => {
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error('DataCloneError');
    };
    const { client, fallback } = clientOnFake(worker);
    expect([...(await client.parse(TEXT_B)).series.close]).toEqual([20]);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});

describe('the worker side (replyTo)', () => {
  it('answers with the import and transfers the four price buffers, each once', () => {
    const { response, transfer } = replyTo({ id: 7, text: TEXT_A });
    if (!('result' in response)) throw new Error('expected a result');
    expect(response.id).toBe(7);
    // The dates travel joined, and come back whole.
    expect(response.result.series.dates).toEqual([]);
    expect(plain(withDates(response.result, response.dates))).toEqual(plain(parseBarsCsv(TEXT_A)));
    const { open, high, low, close } = response.result.series;
    expect(transfer).toEqual([open.buffer, high.buffer, low.buffer, close.buffer]);
    expect(new Set(transfer).size).toBe(4);
  });

  it('lists a buffer shared by several arrays once', () => {
    const buffer = new ArrayBuffer(16);
    const parsed = parseBarsCsv(TEXT_B);
    const shared: BarsImport = {
      ...parsed,
      series: {
        ...parsed.series,
        open: new Float64Array(buffer, 0, 1),
        high: new Float64Array(buffer, 8, 1),
      },
    };
    expect(transferablesOf(shared)).toEqual([buffer, parsed.series.low.buffer, parsed.series.close.buffer]);
  });

  it('answers with a failure, not an exception, when parsing throws', () => {
    const reply = replyTo({ id: 3, text: 'x' }, () => {
      throw new Error('boom');
    });
    expect(reply).toEqual({ response: { id: 3, failure: 'boom' }, transfer: [] });
  });
});

describe('isStorableImport', () => {
  it.each([
    ['bars', TEXT_A, true],
    [
      'one bar and a rejected row',
      'Date,Open,High,Low,Close\n2024-01-02,10,11,9,10\n2024-01-03,x,11,9,10\n',
      true,
    ],
    [
      'bars whose dates could not be read (order not checked)',
      'Date,Open,High,Low,Close\nJan 4,10,11,9,10\n',
      true,
    ],
    ['empty text', '', false],
    ['blank lines', '\n \n', false],
    ['no recognisable columns', 'hello world\nthis is not a price file\n', false],
    ['a header without bars', 'Date,Open,High,Low,Close\n', false],
    ['a header without a close column', 'Date,Open,High,Low\n2024-01-02,10,11,9\n', false],
    ['only rejected rows', 'Date,Open,High,Low,Close\n2024-01-02,10,9,11,10\n', false],
  ])('%s → %s', (_name, text, storable) => {
    expect(isStorableImport(parseBarsCsv(text))).toBe(storable);
  });
});
