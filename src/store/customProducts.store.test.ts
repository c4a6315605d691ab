import { beforeEach, describe, expect, it } from 'vitest';
import { CUSTOM_PRODUCT_FIELDS, DEFAULT_INPUTS, type CustomProductRow } from '../core';
import { useDesk } from './deskStore';
import { isEmptySnapshot, MAX_CUSTOM_PRODUCTS, readSave, snapshotJson } from './persistence';
import { decodeShareLink, encodeShareLink } from './shareLink';

const state = () => useDesk.getState();

/** A compressed link (`#z=`) of the given compact JSON, as encodeShareLink would write it. */
async function zLink(json: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(json)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `#z=${Buffer.from(bytes).toString('base64url')}`;
}

/** A link in the older form: the whole save JSON in base64url. */
const legacyLink = (json: string) => `#s=${Buffer.from(json).toString('base64url')}`;

const HALF_GOLD: CustomProductRow = {
  id: 'c1',
  symbol: 'XAU',
  name: 'Half gold',
  pointValue: '50',
  tick: '0.1',
  pairsWith: '',
  ratio: '',
  initial: '5000',
  maintenance: '4500',
  dayTrade: '',
  commission: '1.25',
};

/** Types the texts of `row` into row `id`, field by field. */
function typeRow(id: string, row: CustomProductRow): void {
  for (const field of CUSTOM_PRODUCT_FIELDS) state().updateCustomProduct(id, field, row[field]);
}

beforeEach(() => {
  useDesk.setState(useDesk.getInitialState(), true);
});

describe('custom contracts in the store', () => {
  it('adds, edits and removes rows with stable ids; an accepted row joins the registry', () => {
    state().addCustomProduct();
    state().addCustomProduct();
    expect(state().customProducts.map((row) => row.id)).toEqual(['c1', 'c2']);
    // An empty row is refused field by field and is no product.
    expect(state().figures.registry.rowErrors.get('c1')?.symbol).toBe(
      'Enter a symbol: 1–8 letters or digits.',
    );
    typeRow('c1', HALF_GOLD);
    expect(state().figures.registry.rowErrors.has('c1')).toBe(false);
    expect(state().figures.registry.registry.get('XAU')?.tickValueUsd.toFixed(2)).toBe('5.00');
    expect(state().figures.registry.customCosts.get('XAU')?.commissionPerSideUsd.toFixed(2)).toBe('1.25');
    state().removeCustomProduct('c1');
    expect(state().figures.registry.registry.get('XAU')).toBeUndefined();
    // The next id is one above the largest in use, never reused while c2 exists.
    state().addCustomProduct();
    expect(state().customProducts.map((row) => row.id)).toEqual(['c2', 'c3']);
  });

  it('keeps the registry object while other inputs change (the catalogue is not rebuilt)', () => {
    state().addCustomProduct();
    typeRow('c1', HALF_GOLD);
    const before = state().figures.registry;
    state().setInput('entry', '2000');
    expect(state().figures.registry).toBe(before);
  });

  it('stops adding at the limit', () => {
    for (let i = 0; i < MAX_CUSTOM_PRODUCTS + 3; i++) state().addCustomProduct();
    expect(state().customProducts).toHaveLength(MAX_CUSTOM_PRODUCTS);
  });

  it('is restored by replaceAll and emptied when a snapshot has none', () => {
    state().replaceAll(DEFAULT_INPUTS, [], { customProducts: [HALF_GOLD] });
    expect(state().figures.registry.registry.get('XAU')?.name).toBe('Half gold');
    state().replaceAll(DEFAULT_INPUTS, []);
    expect(state().customProducts).toEqual([]);
    expect(state().figures.registry.registry.get('XAU')).toBeUndefined();
  });
});

describe('custom contracts saved', () => {
  it('saves the rows only when there are some, and reads them back', () => {
    expect(JSON.parse(snapshotJson(state()))).not.toHaveProperty('customProducts');
    state().replaceAll(DEFAULT_INPUTS, [], { customProducts: [HALF_GOLD] });
    expect(isEmptySnapshot(state())).toBe(false);
    const read = readSave(JSON.parse(snapshotJson(state())));
    expect(read.kind === 'ok' ? read.snapshot.customProducts : null).toEqual([HALF_GOLD]);
  });

  it('reads an old save as none, a missing optional field as empty, and sets aside what it cannot read', () => {
    const old = readSave({ version: 1, inputs: DEFAULT_INPUTS, book: [] });
    expect(old.kind === 'ok' ? (old.snapshot.customProducts ?? []) : null).toEqual([]);
    // A row written without its day-trade margin (an optional field).
    const withoutDayTrade = Object.fromEntries(
      Object.entries(HALF_GOLD).filter(([field]) => field !== 'dayTrade'),
    );
    const read = readSave({
      version: 1,
      inputs: DEFAULT_INPUTS,
      book: [],
      customProducts: [withoutDayTrade, { id: 'c2', symbol: 7 }, withoutDayTrade],
    });
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    // The repeated id is renumbered; the unreadable row is listed, not applied.
    expect(read.snapshot.customProducts).toEqual([HALF_GOLD, { ...HALF_GOLD, id: 'c2' }]);
    expect([...read.unknown.keys()]).toEqual(['customProductRows']);
    const notAnArray = readSave({ version: 1, inputs: {}, customProducts: { __proto__: 'x' } });
    expect(notAnArray.kind === 'ok' ? [...notAnArray.unknown.keys()] : []).toEqual(['customProducts']);
  });

  it('keeps the first MAX_CUSTOM_PRODUCTS rows of a save and sets the rest aside', () => {
    const rows = Array.from({ length: MAX_CUSTOM_PRODUCTS + 2 }, (_, i) => ({
      ...HALF_GOLD,
      id: `c${i + 1}`,
    }));
    const read = readSave({ version: 1, inputs: {}, customProducts: rows });
    expect(read.kind === 'ok' ? read.snapshot.customProducts?.length : null).toBe(MAX_CUSTOM_PRODUCTS);
    expect(read.kind === 'ok' ? read.unknown.get('customProductRows') : null).toHaveLength(2);
  });
});

describe('custom contracts shared', () => {
  it('travel in a compact link without trailing empty fields, and open with ids c1…cn', async () => {
    const micro: CustomProductRow = {
      ...HALF_GOLD,
      id: 'c7',
      symbol: 'MXAU',
      name: 'Micro half gold',
      pointValue: '5',
      pairsWith: 'XAU',
      ratio: '10',
      initial: '',
      maintenance: '',
      commission: '0.5',
    };
    state().replaceAll(DEFAULT_INPUTS, [], { customProducts: [{ ...HALF_GOLD, id: 'c4' }, micro] });
    const fragment = await encodeShareLink(state());
    const link = await decodeShareLink(fragment);
    expect(link).toEqual({
      snapshot: { inputs: DEFAULT_INPUTS, book: [], customProducts: [HALF_GOLD, { ...micro, id: 'c2' }] },
      unknownKeys: [],
    });
  });

  it('leaves out a link without custom contracts', async () => {
    const link = await decodeShareLink(await encodeShareLink(state()));
    expect(link !== null && 'snapshot' in link ? link.snapshot : null).not.toHaveProperty('customProducts');
  });

  it.each([
    ['compressed', () => zLink('{"v":1,"c":{"__proto__":["X"]}}'), ['customProducts']],
    [
      'compressed, hostile rows',
      () => zLink('{"v":1,"c":[{"__proto__":1},["A","B",3],["XAU"]]}'),
      ['customProductRows'],
    ],
    [
      'older form',
      () => Promise.resolve(legacyLink('{"version":1,"inputs":{},"customProducts":[{"id":"__proto__"},1]}')),
      ['customProductRows'],
    ],
  ])('lists what it cannot read (%s) and applies the rest', async (_, make, keys) => {
    const link = await decodeShareLink(await make());
    expect(link !== null && 'unknownKeys' in link ? link.unknownKeys : null).toEqual(keys);
  });

  it('keeps a hostile id as plain data, never as a prototype', async () => {
    const link = await decodeShareLink(
      legacyLink(
        JSON.stringify({ version: 1, inputs: {}, customProducts: [{ ...HALF_GOLD, id: '__proto__' }] }),
      ),
    );
    const rows = link !== null && 'snapshot' in link ? (link.snapshot.customProducts ?? []) : [];
    expect(rows.map((row) => row.id)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
  });

  it.each([
    ['compressed', (rows: string) => zLink(`{"v":1,"c":${rows}}`)],
    [
      'older form',
      (rows: string) => Promise.resolve(legacyLink(`{"version":1,"inputs":{},"customProducts":${rows}}`)),
    ],
  ])(
    'refuses a link with more than MAX_CUSTOM_PRODUCTS contracts (%s), applying nothing',
    async (_, make) => {
      const rows = JSON.stringify(Array.from({ length: MAX_CUSTOM_PRODUCTS + 1 }, () => ['XAU']));
      const link = await decodeShareLink(await make(rows));
      expect(link).toEqual({
        error: `This share link holds ${MAX_CUSTOM_PRODUCTS + 1} custom contracts, more than the ${MAX_CUSTOM_PRODUCTS} RiskDesk opens: nothing was applied, and your own inputs are shown.`,
      });
    },
  );
});
