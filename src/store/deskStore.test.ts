import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INPUTS } from '../core';
import { useDesk } from './deskStore';
import { applyShareFragment, hydrate } from './hydrate';
import { encodeShareFragment, SAVE_KEY } from './persistence';

const BARS = [
  'Date,Open,High,Low,Close',
  ...Array.from({ length: 20 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')},2000,2010,1990,2000`),
].join('\n');

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 21, 12));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('desk store', () => {
  it('recomputes synchronously on every input change', () => {
    const { setInput } = useDesk.getState();
    setInput('entry', '2000');
    setInput('stopPrice', '1990');
    expect(useDesk.getState().result.outputs.contracts).toBe('4 M2K');
    setInput('equity', '50000');
    expect(useDesk.getState().result.outputs.contracts).toBe('9 M2K');
    expect(useDesk.getState().inputs.equity).toBe('50000');
  });

  it('uses the local date for the front month', () => {
    expect(useDesk.getState().result.outputs.frontMonth).toBe('M2KZ6');
    vi.setSystemTime(new Date(2026, 11, 11, 9));
    useDesk.getState().setInput('symbol', 'ES');
    expect(useDesk.getState().result.outputs.frontMonth).toBe('ESH7');
  });

  it('computes the ATR from imported bars and copies it into the stop in one action', async () => {
    // Every bar: high − low = 20, no gaps → ATR(14) = 20.
    await useDesk.getState().importBars(BARS, 'bars.csv');
    expect(useDesk.getState().result.outputs.atrFromBars).toBe('20.00');
    useDesk.getState().setInputs({ entry: '2000' });
    useDesk.getState().useAtrFromBars();
    const { inputs, result } = useDesk.getState();
    expect(inputs.atr).toBe('20.00');
    expect(inputs.stopMethod).toBe('atr');
    expect(result.outputs.stopAt).toBe('1,950.0');
  });

  it('keeps only the latest of two overlapping imports', async () => {
    const first = useDesk.getState().importBars(BARS, 'first.csv');
    const second = useDesk
      .getState()
      .importBars('Date,Open,High,Low,Close\n2026-10-01,1,2,0.5,1', 'second.csv');
    await Promise.all([first, second]);
    expect(useDesk.getState().bars?.source.sourceName).toBe('second.csv');
    expect(useDesk.getState().result.outputs.atrFromBars).toBe('—');
  });

  it('resets contract costs to the defaults', () => {
    useDesk.getState().setInputs({ 'M2K.initial': '715', 'ES.commission': '1' });
    useDesk.getState().resetContractCosts();
    expect(useDesk.getState().inputs['M2K.initial']).toBe(DEFAULT_INPUTS['M2K.initial']);
    expect(useDesk.getState().inputs['ES.commission']).toBe(DEFAULT_INPUTS['ES.commission']);
  });
});

describe('hydrate', () => {
  const stamp = '2026-11-21T12:00:00.000Z';

  it('restores saved inputs and saves every later change', () => {
    localStorage.setItem(
      SAVE_KEY,
      JSON.stringify({ version: 1, inputs: { entry: '2000', stopPrice: '1990' } }),
    );
    const stop = hydrate({ storage: localStorage, fragment: '', clearFragment: () => undefined, stamp });
    expect(useDesk.getState().result.outputs.contracts).toBe('4 M2K');
    useDesk.getState().setInput('equity', '30000');
    expect(JSON.parse(localStorage.getItem(SAVE_KEY) ?? '')).toMatchObject({
      version: 1,
      inputs: { equity: '30000', entry: '2000' },
    });
    stop();
  });

  it('applies a share link, keeps the previous inputs, and restores them on request', () => {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ version: 1, inputs: { entry: '2100' } }));
    const shared = { ...DEFAULT_INPUTS, entry: '5800', stopPrice: '5790', symbol: 'ES' };
    let cleared = false;
    const stop = hydrate({
      storage: localStorage,
      fragment: encodeShareFragment({ inputs: shared, book: [] }),
      clearFragment: () => {
        cleared = true;
      },
      stamp,
    });
    expect(cleared).toBe(true);
    expect(useDesk.getState().inputs).toEqual(shared);
    const [notice] = useDesk.getState().notices;
    expect(notice?.action?.label).toBe('Restore my previous inputs');
    expect(localStorage.getItem(`${SAVE_KEY}:set-aside:before-link:${stamp}`)).toContain('"entry":"2100"');
    expect(notice?.action?.run()).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    expect(useDesk.getState().inputs.symbol).toBe('M2K');
    stop();
  });

  it('never lets a second share link overwrite the inputs the first one replaced', () => {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ version: 1, inputs: { entry: '2100' } }));
    const link = (entry: string) => encodeShareFragment({ inputs: { ...DEFAULT_INPUTS, entry }, book: [] });
    const stop = hydrate({
      storage: localStorage,
      fragment: link('2200'),
      clearFragment: () => undefined,
      stamp,
    });
    const first = useDesk.getState().notices.find((n) => n.id === 'share-link');
    applyShareFragment(localStorage, link('2300'), () => undefined, '2026-11-21T12:05:00.000Z');
    expect(useDesk.getState().inputs.entry).toBe('2300');
    expect(first?.action?.run()).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    stop();
  });

  it('starts even when storage is full, keeping a damaged save in memory and saying so', () => {
    const data = new Map([[SAVE_KEY, '{damaged']]);
    const full = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => {
        data.delete(key);
      },
    };
    const stop = hydrate({ storage: full, fragment: '', clearFragment: () => undefined, stamp });
    const texts = useDesk.getState().notices.map((n) => n.id);
    expect(texts).toEqual(['unreadable-save', 'save-failed']);
    expect(useDesk.getState().notices[0]?.text).toContain('refused to keep a copy');
    expect(useDesk.getState().inputs).toEqual(DEFAULT_INPUTS);
    stop();
  });
});
