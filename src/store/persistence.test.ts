import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../core';
import {
  BARS_KEY,
  loadSaved,
  listSavedCopies,
  memoryStorage,
  saveBars,
  saveSnapshot,
  SAVE_KEY,
  setAside,
  type KeyValueStorage,
} from './persistence';

const STAMP = '2026-11-21T12:00:00.000Z';

describe('saved state', () => {
  it('starts from the defaults when nothing is saved', () => {
    expect(loadSaved(memoryStorage(), STAMP)).toEqual({
      inputs: DEFAULT_INPUTS,
      book: [],
      barsRaw: null,
      status: 'read',
      unreadableText: null,
      notices: [],
    });
  });

  it('round-trips the inputs and the book', () => {
    const storage = memoryStorage();
    const inputs = { ...DEFAULT_INPUTS, entry: '2000', stopPrice: '1990', equity: '50,000' };
    const book = [{ id: 'p1', symbol: 'M2K', side: 'long', quantity: '29', entry: '2000.0', stop: '' }];
    expect(saveSnapshot(storage, { inputs, book })).toBe(true);
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
    expect(JSON.parse(storage.getItem(`${SAVE_KEY}:set-aside:unknown-fields:${STAMP}`) ?? '')).toEqual({
      bookRows: [{ id: 'p2', symbol: 3 }],
    });
  });

  it('copies a corrupt save aside, leaves it in place and shows the defaults, instead of crashing', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{not json' });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded).toMatchObject({
      inputs: DEFAULT_INPUTS,
      status: 'unreadable',
      unreadableText: '{not json',
    });
    expect(loaded.notices.map((n) => n.id)).toEqual(['unreadable-save']);
    expect(storage.getItem(`${SAVE_KEY}:set-aside:damaged:${STAMP}`)).toBe('{not json');
    expect(storage.getItem(SAVE_KEY)).toBe('{not json');
  });

  it('copies aside a save from a newer version', () => {
    const raw = JSON.stringify({ version: 99, inputs: { entry: '2000' } });
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs).toEqual(DEFAULT_INPUTS);
    expect(storage.getItem(`${SAVE_KEY}:set-aside:newer:${STAMP}`)).toBe(raw);
  });

  it('reads a version written as a string as the number', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({ version: '1', inputs: { entry: '2000' } }),
    });
    expect(loadSaved(storage, STAMP)).toMatchObject({ status: 'read', inputs: { entry: '2000' } });
  });

  it('reads book rows saved before stops existed, with no stop', () => {
    const row = { id: 'p1', symbol: 'ES', side: 'short', quantity: '1', entry: '5800' };
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: 1, inputs: {}, book: [row] }) });
    expect(loadSaved(storage, STAMP).book).toEqual([{ ...row, stop: '' }]);
  });

  it('migrates an unversioned (version 0) save that kept the inputs at the top level', () => {
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ entry: '2000', symbol: 'ES' }) });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs).toEqual({ ...DEFAULT_INPUTS, entry: '2000', symbol: 'ES' });
    expect(loaded.notices).toEqual([]);
  });

  it('keeps the newest five copies of each kind', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 7; i++) setAside(storage, 'damaged', `copy ${i}`, `2026-11-21T12:00:0${i}.000Z`);
    setAside(storage, 'before-link', 'link', '2026-11-21T11:00:00.000Z');
    const copies = listSavedCopies(storage);
    expect(copies.filter((c) => c.kind === 'damaged').map((c) => storage.getItem(c.key))).toEqual([
      'copy 6',
      'copy 5',
      'copy 4',
      'copy 3',
      'copy 2',
    ]);
    expect(copies.filter((c) => c.kind === 'before-link')).toHaveLength(1);
  });

  it('keeps entries it does not know aside, with a notice, and uses the rest', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: JSON.stringify({
        version: 1,
        inputs: { entry: '2000', mystery: '42', stopPrice: 7, side: 'sideways' },
      }),
    });
    const loaded = loadSaved(storage, STAMP);
    expect(loaded.inputs.entry).toBe('2000');
    expect(loaded.inputs.stopPrice).toBe('');
    expect(loaded.inputs.side).toBe('long');
    expect(loaded.notices.map((n) => n.id)).toEqual(['unknown-fields']);
    expect(JSON.parse(storage.getItem(`${SAVE_KEY}:set-aside:unknown-fields:${STAMP}`) ?? '')).toEqual({
      mystery: '42',
      stopPrice: 7,
      side: 'sideways',
    });
  });

  it('saves bars apart and reports when the browser refuses them', () => {
    const storage = memoryStorage();
    expect(saveBars(storage, '{"sourceName":"x.csv","text":"a,b"}')).toBe(true);
    expect(loadSaved(storage, STAMP).barsRaw).toBe('{"sourceName":"x.csv","text":"a,b"}');
    const full: KeyValueStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveBars(full, '{"sourceName":"x.csv","text":"a,b"}')).toBe(false);
    expect(storage.getItem(BARS_KEY)).toBeNull();
    expect(saveSnapshot(full, { inputs: DEFAULT_INPUTS, book: [] })).toBe(false);
  });
});
