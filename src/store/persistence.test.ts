import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../core';
import {
  BARS_KEY,
  decodeShareFragment,
  encodeShareFragment,
  loadSaved,
  saveBars,
  saveSnapshot,
  SAVE_KEY,
  type KeyValueStorage,
} from './persistence';

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

const STAMP = '2026-11-21T12:00:00.000Z';

describe('saved state', () => {
  it('starts from the defaults when nothing is saved', () => {
    expect(loadSaved(memoryStorage(), STAMP)).toEqual({
      inputs: DEFAULT_INPUTS,
      book: [],
      bars: null,
      notices: [],
    });
  });

  it('round-trips the inputs and the book', () => {
    const storage = memoryStorage();
    const inputs = { ...DEFAULT_INPUTS, entry: '2000', stopPrice: '1990', equity: '50,000', stop: '' };
    const book = [{ id: 'p1', symbol: 'M2K', side: 'long', quantity: '29', entry: '2000.0', stop: '' }];
    expect(saveSnapshot(storage, { inputs, book })).toBeNull();
    expect(loadSaved(storage, STAMP)).toMatchObject({ inputs, book, notices: [] });
  });

  it('sets aside book rows it cannot read and keeps the others', () => {
    const good = { id: 'p1', symbol: 'ES', side: 'short', quantity: '1', entry: '5800', stop: '' };
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: 1, inputs: {}, book: [good, { id: 'p2', symbol: 3 }] }),
    });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.book).toEqual([good]);
    expect(loaded.notices.map((n) => n.id)).toEqual(['unknown-fields']);
    expect(JSON.parse(storage.data.get(`${SAVE_KEY}:set-aside:unknown-fields:${STAMP}`) ?? '')).toEqual({
      bookRows: [{ id: 'p2', symbol: 3 }],
    });
  });

  it('sets a corrupt save aside with a notice instead of crashing', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{not json' });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs).toEqual(DEFAULT_INPUTS);
    expect(loaded.notices.map((n) => n.id)).toEqual(['unreadable-save']);
    const asideKey = `${SAVE_KEY}:set-aside:unreadable:${STAMP}`;
    expect(storage.data.get(asideKey)).toBe('{not json');
    expect(loaded.notices[0]?.text).toContain(asideKey);
  });

  it('sets aside a save from a newer version', () => {
    const raw = JSON.stringify({ version: 99, inputs: { entry: '2000', stop: '' } });
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs).toEqual(DEFAULT_INPUTS);
    expect(storage.data.get(`${SAVE_KEY}:set-aside:unreadable:${STAMP}`)).toBe(raw);
  });

  it('migrates an unversioned (version 0) save that kept the inputs at the top level', () => {
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ entry: '2000', symbol: 'ES', stop: '' }) });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs).toEqual({ ...DEFAULT_INPUTS, entry: '2000', symbol: 'ES', stop: '' });
    expect(loaded.notices).toEqual([]);
  });

  it('keeps entries it does not know aside, with a notice, and uses the rest', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({
        version: 1,
        inputs: { entry: '2000', mystery: '42', stopPrice: 7, side: 'sideways', stop: '' },
      }),
    });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs.entry).toBe('2000');
    expect(loaded.inputs.stopPrice).toBe('');
    expect(loaded.inputs.side).toBe('long');
    expect(loaded.notices.map((n) => n.id)).toEqual(['unknown-fields']);
    expect(JSON.parse(storage.data.get(`${SAVE_KEY}:set-aside:unknown-fields:${STAMP}`) ?? '')).toEqual({
      mystery: '42',
      stopPrice: 7,
      side: 'sideways',
    });
  });

  it('saves bars apart and reports when the browser refuses them', () => {
    const storage = memoryStorage();
    expect(saveBars(storage, { text: 'a,b', sourceName: 'x.csv' })).toBeNull();
    expect(loadSaved(storage, STAMP).bars).toEqual({ text: 'a,b', sourceName: 'x.csv' });
    const full: KeyValueStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveBars(full, { text: 'a,b', sourceName: 'x.csv' })?.id).toBe('bars-not-saved');
    expect(storage.data.has(BARS_KEY)).toBe(false);
    expect(saveSnapshot(full, { inputs: DEFAULT_INPUTS, book: [] })?.id).toBe('save-failed');
  });
});

describe('share links', () => {
  it('restore exactly the inputs and book they were made from, including non-ASCII text', () => {
    const inputs = {
      ...DEFAULT_INPUTS,
      entry: '2000',
      stopPrice: '1990',
      realizedPnl: '\u2212150',
      'M2K.initial': '715',
    };
    const book = [{ id: 'p1', symbol: 'M2K', side: 'long', quantity: '29', entry: '2000.0', stop: '' }];
    const fragment = encodeShareFragment({ inputs, book });
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({ snapshot: { inputs, book }, unknownKeys: [] });
  });

  it('ignore fragments that are not share links', () => {
    expect(decodeShareFragment('')).toBeNull();
    expect(decodeShareFragment('#top')).toBeNull();
  });

  it('report a damaged link', () => {
    expect(decodeShareFragment('#s=%%%')).toEqual({
      error: 'This share link is damaged or from a newer RiskDesk: your own inputs are shown instead.',
    });
  });
});
