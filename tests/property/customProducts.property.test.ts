import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { CUSTOM_PRODUCT_FIELDS } from '../../src/core/products/customProduct';
import { deskRegistry, type CustomProductRow } from '../../src/core/products/deskRegistry';
import { BUILT_IN_PRODUCTS } from '../../src/core/products/registry';
import { readSave, snapshotJson } from '../../src/store/persistence';
import { decodeShareLink, encodeShareLink } from '../../src/store/shareLink';

/** Texts a trader may type: good numbers, numbers with separators, garbage, empty. */
const numberText = fc.oneof(
  fc.integer({ min: 1, max: 200_000 }).map(String),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `0.${String(n).padStart(5, '0')}`),
  fc.constantFrom('', '0', '-5', '1,000', ' 2.5 ', 'abc', '1e3', '12.5.1'),
);

const symbolText = fc.oneof(
  fc.stringMatching(/^[A-Z0-9]{1,8}$/),
  fc.constantFrom('ES', 'sil', 'MBT', 'MBT', 'too-long-symbol', '', ' xau '),
);

/** A definition as typed: often good, often refused somewhere, sometimes paired with a built-in or itself. */
const rowTexts = fc.record({
  symbol: symbolText,
  name: fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('Half gold', '')),
  pointValue: numberText,
  tick: numberText,
  pairsWith: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...BUILT_IN_PRODUCTS.map((s) => s.symbol), 'MBT', 'NOPE'),
  ),
  ratio: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 1200 }).map(String)),
  initial: numberText,
  maintenance: numberText,
  dayTrade: numberText,
  commission: numberText,
});

/** A definition that is accepted unless its symbol clashes: alone, or the micro of SI at a ratio dividing 5,000. */
const goodRowTexts = fc
  .record({
    symbol: fc.stringMatching(/^[A-Z]{2,6}$/),
    ratio: fc.constantFrom(0, 2, 4, 5, 8, 10, 25, 50, 100, 1000),
    tick: fc.constantFrom('0.001', '0.25', '1', '0.00005'),
    initial: fc.constantFrom('', '500', '1,250.50'),
    commission: fc.constantFrom('0', '0.62', '2'),
  })
  .map(({ symbol, ratio, tick, initial, commission }) => ({
    symbol,
    name: `Contract ${symbol}`,
    pointValue: ratio === 0 ? '20' : String(5000 / ratio),
    tick,
    pairsWith: ratio === 0 ? '' : 'SI',
    ratio: ratio === 0 ? '' : String(ratio),
    initial,
    maintenance: '',
    dayTrade: '',
    commission,
  }));

const rowsArb = fc
  .array(fc.oneof(goodRowTexts, rowTexts), { maxLength: 8 })
  .map((rows): CustomProductRow[] => rows.map((texts, i) => ({ id: `c${i + 1}`, ...texts })));

/** What the registry makes of rows: the accepted symbols in order and which rows are refused (by position). */
function outcome(rows: readonly CustomProductRow[]) {
  const built = deskRegistry(rows);
  return {
    products: built.registry.products.map((spec) => [spec.symbol, spec.tickValueUsd.toFixed()]),
    refused: rows.map((row) => built.rowErrors.get(row.id) ?? null),
  };
}

const texts = (rows: readonly CustomProductRow[]) =>
  rows.map((row) => CUSTOM_PRODUCT_FIELDS.map((field) => row[field]));

describe('custom contracts', () => {
  it('a refused row never enters the registry; every accepted row does, once', () => {
    let acceptedSeen = 0;
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { registry, rowErrors } = deskRegistry(rows);
        const custom = registry.products.slice(BUILT_IN_PRODUCTS.length);
        expect(registry.products.slice(0, BUILT_IN_PRODUCTS.length)).toEqual(BUILT_IN_PRODUCTS);
        expect(custom).toHaveLength(rows.length - rowErrors.size);
        const accepted = rows.filter((row) => !rowErrors.has(row.id));
        acceptedSeen += accepted.length;
        expect(custom.map((spec) => spec.symbol)).toEqual(
          accepted.map((row) => row.symbol.trim().toUpperCase()),
        );
        for (const row of rows.filter((r) => rowErrors.has(r.id))) {
          // A refused row's message names at least one field, and its symbol is either no product or
          // another row's (a built-in, or an accepted row: products and accepted rows match one to one).
          expect(Object.keys(rowErrors.get(row.id) ?? {}).length).toBeGreaterThan(0);
          const spec = registry.get(row.symbol.trim().toUpperCase());
          if (spec !== undefined) {
            const owner = accepted.some((other) => other.symbol.trim().toUpperCase() === spec.symbol);
            expect(spec.assetClass !== 'custom' || owner).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
    // The generator makes accepted rows, not only refused ones.
    expect(acceptedSeen).toBeGreaterThan(100);
  });

  it('round-trips through a save and a share link unchanged (texts and what the registry makes of them)', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const snapshot = { inputs: DEFAULT_INPUTS, book: [], customProducts: rows };
        const saved = readSave(JSON.parse(snapshotJson(snapshot)));
        expect(saved.kind).toBe('ok');
        const savedRows = saved.kind === 'ok' ? (saved.snapshot.customProducts ?? []) : [];
        expect(savedRows).toEqual(rows);

        const link = await decodeShareLink(await encodeShareLink(snapshot));
        const linkedRows = link !== null && 'snapshot' in link ? (link.snapshot.customProducts ?? []) : null;
        expect(link !== null && 'unknownKeys' in link ? link.unknownKeys : null).toEqual([]);
        expect(linkedRows === null ? null : texts(linkedRows)).toEqual(texts(rows));
        expect(outcome(linkedRows ?? [])).toEqual(outcome(rows));
      }),
      { numRuns: 60 },
    );
  });
});
