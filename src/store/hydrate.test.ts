import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INPUTS } from '../core';
import { useDesk } from './deskStore';
import { hydrate, type HydrateOptions } from './hydrate';
import { BARS_KEY, encodeShareFragment, memoryStorage, SAVE_KEY, type KeyValueStorage } from './persistence';

let tick = 0;
/** A stamp that moves on at every call, as the real clock does. */
const stamp = () => `2026-11-21T12:00:${String(tick++).padStart(2, '0')}.000Z`;

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
  useDesk.getState().setToday({ year: 2026, month: 11, day: 21 });
  tick = 0;
});

function start(storage: KeyValueStorage, overrides: Partial<HydrateOptions> = {}) {
  const downloads: { filename: string; text: string }[] = [];
  const persistence = hydrate({
    storage,
    fragment: '',
    clearFragment: () => undefined,
    stamp,
    download: (filename, text) => {
      downloads.push({ filename, text });
    },
    ...overrides,
  });
  return { persistence, downloads };
}

/** A storage that refuses every write, as a full localStorage does. */
function fullStorage(initial: Record<string, string>): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

const notice = (id: string) => useDesk.getState().notices.find((n) => n.id === id);
const action = (id: string, label: string) => notice(id)?.actions?.find((a) => a.label === label);

describe('hydrate', () => {
  it('restores saved inputs and saves every later change', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2000', stopPrice: '1990' } }),
    });
    const { persistence } = start(storage);
    expect(useDesk.getState().result.outputs.contracts).toBe('4 M2K');
    useDesk.getState().setInput('equity', '30000');
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '')).toMatchObject({
      version: 1,
      inputs: { equity: '30000', entry: '2000' },
    });
    persistence.stop();
  });

  it('applies a share link, keeps the previous inputs, and restores them on request', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100' } }),
    });
    const shared = { ...DEFAULT_INPUTS, entry: '5800', stopPrice: '5790', symbol: 'ES' };
    let cleared = false;
    const { persistence } = start(storage, {
      fragment: encodeShareFragment({ inputs: shared, book: [] }),
      clearFragment: () => {
        cleared = true;
      },
    });
    expect(cleared).toBe(true);
    expect(useDesk.getState().inputs).toEqual(shared);
    expect(useDesk.getState().savedCopies.map((c) => c.kind)).toEqual(['before-link']);
    expect(action('share-link', 'Restore my previous inputs')?.run()).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    expect(useDesk.getState().inputs.symbol).toBe('M2K');
    persistence.stop();
  });

  it('offers no restore when a share link opens in a fresh browser with nothing saved', () => {
    const shared = { ...DEFAULT_INPUTS, entry: '5800', symbol: 'ES' };
    const { persistence } = start(memoryStorage(), {
      fragment: encodeShareFragment({ inputs: shared, book: [] }),
    });
    expect(useDesk.getState().inputs).toEqual(shared);
    expect(notice('share-link')?.text).toBe('Opened the inputs of a shared link.');
    expect(notice('share-link')?.actions ?? []).toEqual([]);
    expect(useDesk.getState().savedCopies).toEqual([]);
    persistence.stop();
  });

  it('never lets a second share link overwrite the inputs the first one replaced', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100' } }),
    });
    const link = (entry: string) => encodeShareFragment({ inputs: { ...DEFAULT_INPUTS, entry }, book: [] });
    const { persistence } = start(storage, { fragment: link('2200') });
    const first = action('share-link', 'Restore my previous inputs');
    persistence.openFragment(link('2300'));
    expect(useDesk.getState().inputs.entry).toBe('2300');
    expect(first?.run()).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    persistence.stop();
  });

  it('never overwrites a save it cannot read until the trader downloads it or starts fresh', () => {
    const damaged = JSON.stringify({ version: 2, inputs: { entry: '2000' }, filler: 'x'.repeat(1000) });
    const storage = fullStorage({ [SAVE_KEY]: damaged });
    const { persistence, downloads } = start(storage);
    expect(useDesk.getState().inputs).toEqual(DEFAULT_INPUTS);
    useDesk.getState().setInput('equity', '30000');
    expect(storage.data.get(SAVE_KEY)).toBe(damaged);
    expect(notice('unreadable-save')?.text).toContain('written by a newer RiskDesk');

    expect(action('unreadable-save', 'Download damaged save')?.run()).toBe(false);
    expect(downloads).toEqual([{ filename: 'riskdesk-damaged-save.json', text: damaged }]);
    persistence.stop();
  });

  it('starts fresh on request: saving resumes over the damaged save', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{damaged' });
    const { persistence } = start(storage);
    expect(useDesk.getState().savedCopies.map((c) => c.kind)).toEqual(['damaged']);
    useDesk.getState().setInput('equity', '30000');
    expect(storage.getItem(SAVE_KEY)).toBe('{damaged');
    expect(action('unreadable-save', 'Start fresh')?.run()).toBe(true);
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '')).toMatchObject({ inputs: { equity: '30000' } });
    persistence.stop();
  });

  it('shows the saved inputs when storage is full, pauses saving, and saves again once bars are dropped', async () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2000', stopPrice: '1990' } }),
      [BARS_KEY]: JSON.stringify({ text: 'x'.repeat(100), sourceName: 'big.csv' }),
    });
    let full = true;
    const flaky: KeyValueStorage = {
      ...storage,
      get length() {
        return storage.length;
      },
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(key, value);
      },
      removeItem: (key) => {
        storage.removeItem(key);
        if (key === BARS_KEY) full = false;
      },
    };
    const { persistence } = start(flaky);
    expect(useDesk.getState().inputs.entry).toBe('2000');
    expect(notice('storage-full')?.text).toContain('saving is paused until space is freed');
    expect(action('storage-full', 'Drop stored bars')?.run()).toBe(true);
    expect(storage.getItem(BARS_KEY)).toBeNull();
    useDesk.getState().dismissNotice('storage-full');
    useDesk.getState().setInput('equity', '30000');
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '')).toMatchObject({ inputs: { equity: '30000' } });
    expect(notice('storage-full')).toBeUndefined();
    // The stored bars were read back at start-up (their import finishes after the saves above).
    await vi.waitFor(() => {
      expect(useDesk.getState().bars?.source.sourceName).toBe('big.csv');
    });
    persistence.stop();
  });

  it('says saving is off when reading storage throws', () => {
    const broken: KeyValueStorage = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const { persistence } = start(broken);
    expect(notice('storage-off')?.text).toContain('saving is off');
    expect(useDesk.getState().inputs).toEqual(DEFAULT_INPUTS);
    persistence.stop();
  });

  it('restores, downloads and deletes a saved copy', () => {
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100' } }) });
    const { persistence, downloads } = start(storage, {
      fragment: encodeShareFragment({ inputs: { ...DEFAULT_INPUTS, entry: '2200' }, book: [] }),
    });
    const [copy] = useDesk.getState().savedCopies;
    const actions = useDesk.getState().copyActions;
    expect(copy?.restorable).toBe(true);
    if (copy === undefined || actions === null) return;
    actions.download(copy.key);
    expect(JSON.parse(downloads[0]?.text ?? '')).toMatchObject({ inputs: { entry: '2100' } });
    expect(actions.restore(copy.key)).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    actions.remove(copy.key);
    expect(useDesk.getState().savedCopies).toEqual([]);
    persistence.stop();
  });
});
