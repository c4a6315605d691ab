import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INPUTS, deskOutputs } from '../core';
import { useDesk } from './deskStore';
import { hydrate, type HydrateOptions } from './hydrate';
import { BARS_KEY, memoryStorage, SAVE_KEY, type KeyValueStorage, type Snapshot } from './persistence';
import { encodeShareLink } from './shareLink';

/** The flat display texts of the store's view, as the panels show them. */
const shown = () => deskOutputs(useDesk.getState().view);

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

/** A link as RiskDesk wrote them before compressed links: `#s=` + base64url of the whole save JSON. */
const legacyLink = ({ inputs, book }: Snapshot) =>
  `#s=${Buffer.from(JSON.stringify({ version: 1, inputs, book })).toString('base64url')}`;

const notice = (id: string) => useDesk.getState().notices.find((n) => n.id === id);
const action = (id: string, label: string) => notice(id)?.actions?.find((a) => a.label === label);

describe('hydrate', () => {
  it('restores saved inputs and saves every later change', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2000', stopPrice: '1990' } }),
    });
    const { persistence } = start(storage);
    expect(shown().contracts).toBe('4 M2K');
    useDesk.getState().setInput('equity', '30000');
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '')).toMatchObject({
      version: 1,
      inputs: { equity: '30000', entry: '2000' },
    });
    persistence.stop();
  });

  it('applies a share link, keeps the previous inputs, and restores them on request', async () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100' } }),
    });
    const shared = { ...DEFAULT_INPUTS, entry: '5800', stopPrice: '5790', symbol: 'ES' };
    const cleared: string[] = [];
    const { persistence } = start(storage, {
      fragment: await encodeShareLink({ inputs: shared, book: [] }),
      clearFragment: (route) => {
        cleared.push(route);
      },
    });
    // The saved inputs are shown at once (first paint), and the link is gone from the address bar.
    expect(useDesk.getState().inputs.entry).toBe('2100');
    expect(cleared).toEqual(['']);
    await persistence.opened;
    expect(useDesk.getState().inputs).toEqual(shared);
    expect(useDesk.getState().savedCopies.map((c) => c.kind)).toEqual(['before-link']);
    expect(action('share-link', 'Restore my previous inputs')?.run()).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    expect(useDesk.getState().inputs.symbol).toBe('M2K');
    persistence.stop();
  });

  it('offers no restore when a share link opens in a fresh browser with nothing saved', async () => {
    const shared = { ...DEFAULT_INPUTS, entry: '5800', symbol: 'ES' };
    const { persistence } = start(memoryStorage(), {
      fragment: await encodeShareLink({ inputs: shared, book: [] }),
    });
    await persistence.opened;
    expect(useDesk.getState().inputs).toEqual(shared);
    expect(notice('share-link')?.text).toBe('Opened the inputs of a shared link.');
    expect(notice('share-link')?.actions ?? []).toEqual([]);
    expect(useDesk.getState().savedCopies).toEqual([]);
    persistence.stop();
  });

  it('never lets a second share link overwrite the inputs the first one replaced', async () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100' } }),
    });
    const link = (entry: string) => encodeShareLink({ inputs: { ...DEFAULT_INPUTS, entry }, book: [] });
    const { persistence } = start(storage, { fragment: await link('2200') });
    await persistence.opened;
    const first = action('share-link', 'Restore my previous inputs');
    await persistence.openFragment(await link('2300'));
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

  it('restores, downloads and deletes a saved copy', async () => {
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100' } }) });
    const { persistence, downloads } = start(storage, {
      fragment: await encodeShareLink({ inputs: { ...DEFAULT_INPUTS, entry: '2200' }, book: [] }),
    });
    await persistence.opened;
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

describe('hydrate with a share link', () => {
  const saved = () =>
    memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: { entry: '2100', stopPrice: '2080' } }),
    });
  const link = (entry: string, fragment = '') =>
    encodeShareLink({ inputs: { ...DEFAULT_INPUTS, entry, stopPrice: '1990' }, book: [] }, fragment);

  it('keeps the section route in the address bar, never the link, and opens the link', async () => {
    const cleared: string[] = [];
    const fragment = await link('2000', '#/spread');
    const { persistence } = start(saved(), {
      fragment,
      clearFragment: (route) => {
        cleared.push(route);
      },
    });
    expect(cleared).toEqual(['#/spread']);
    await persistence.opened;
    expect(shown().contracts).toBe('4 M2K');
    persistence.stop();
  });

  it('leaves a route alone: it is no link', async () => {
    const cleared: string[] = [];
    const { persistence } = start(saved(), {
      fragment: '#/spread',
      clearFragment: (route) => {
        cleared.push(route);
      },
    });
    await persistence.opened;
    expect(cleared).toEqual([]);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    expect(notice('share-link')).toBeUndefined();
    persistence.stop();
  });

  it('opens a link in the old #s= form', async () => {
    const book = [{ id: 'p1', symbol: 'ES', side: 'short', quantity: '1', entry: '5800', stop: '' }];
    const { persistence } = start(saved(), {
      fragment: legacyLink({ inputs: { ...DEFAULT_INPUTS, entry: '2000', stopPrice: '1990' }, book }),
    });
    await persistence.opened;
    expect(useDesk.getState().inputs.entry).toBe('2000');
    expect(useDesk.getState().book).toEqual(book);
    expect(action('share-link', 'Restore my previous inputs')).toBeDefined();
    persistence.stop();
  });

  it.each([
    ['damaged', '#z=q1YqU7Iy1FHKVLKqVkrNKymq', 'damaged'],
    ['longer than 64 KB', `#z=${'A'.repeat(64 * 1024)}`, 'longer than 64 KB'],
    [
      'with 501 book rows',
      legacyLink({
        inputs: DEFAULT_INPUTS,
        book: Array.from({ length: 501 }, (_, i) => ({
          id: `p${i + 1}`,
          symbol: 'M2K',
          side: 'long',
          quantity: '1',
          entry: '2000',
          stop: '',
        })),
      }),
      'holds 501 book rows',
    ],
  ])('applies nothing of a link %s, keeps no copy, and says why', async (_, fragment, words) => {
    const storage = saved();
    const { persistence } = start(storage, { fragment });
    await persistence.opened;
    expect(useDesk.getState().inputs).toEqual({ ...DEFAULT_INPUTS, entry: '2100', stopPrice: '2080' });
    expect(useDesk.getState().book).toEqual([]);
    expect(notice('share-link')?.text).toContain(words);
    expect(notice('share-link')?.actions ?? []).toEqual([]);
    expect(useDesk.getState().savedCopies).toEqual([]);
    persistence.stop();
  });

  it('applies only the latest of two links opened one after the other, and sets the own inputs aside once', async () => {
    const [first, later] = [await link('2000'), await link('2200')];
    const { persistence } = start(saved(), { fragment: first });
    // The second link comes while the first is still being decoded.
    const second = persistence.openFragment(later);
    await Promise.all([persistence.opened, second]);
    expect(useDesk.getState().inputs.entry).toBe('2200');
    expect(useDesk.getState().savedCopies.map((c) => c.kind)).toEqual(['before-link']);
    expect(action('share-link', 'Restore my previous inputs')?.run()).toBe(true);
    expect(useDesk.getState().inputs.entry).toBe('2100');
    persistence.stop();
  });

  it('sets aside what the trader typed while the link was being decoded', async () => {
    const { persistence } = start(saved(), { fragment: await link('2000') });
    useDesk.getState().setInput('equity', '30000');
    await persistence.opened;
    expect(useDesk.getState().inputs.entry).toBe('2000');
    expect(action('share-link', 'Restore my previous inputs')?.run()).toBe(true);
    expect(useDesk.getState().inputs).toMatchObject({ entry: '2100', equity: '30000' });
    persistence.stop();
  });

  it('applies nothing once stopped, even a link still being decoded', async () => {
    const { persistence } = start(saved(), { fragment: await link('2000') });
    persistence.stop();
    await persistence.opened;
    expect(useDesk.getState().inputs.entry).toBe('2100');
    expect(notice('share-link')).toBeUndefined();
  });
});
