/**
 * The presenter's contract: core hands it every figure already rounded as shown (so it never rounds), its
 * digit grouping is exactly the former string grouping, and its memory never changes what it shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src/core/decimal';
import type { DeskFigures } from '../../src/core/desk';
import { formatFixed, groupThousands } from '../../src/core/format';
import { createDeskPresenter } from '../../src/core/present/presentDesk';
import { SCENARIOS } from '../../src/core/stress';
import { isOnTickGrid } from '../../src/core/tickGrid';
import { figuresWith } from '../support/desk';
import { bookArb, inputsArb, KEYS, POOLS } from '../support/deskArbs';

const deskArb = fc.tuple(inputsArb, bookArb).map(([inputs, book]) => figuresWith(inputs, book));

/** Every Dec in `value` with its path; contract specs (constants, not figures) are skipped. */
function decimalsIn(value: unknown, path: string, found: [string, Dec][] = []): [string, Dec][] {
  if (D.isDecimal(value)) found.push([path, value]);
  else if (value instanceof Map) {
    for (const [key, item] of value as Map<string, unknown>) decimalsIn(item, `${path}.${key}`, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // Product records (a spec, the registry) are contract data, not figures.
      if (key !== 'spec' && key !== 'registry') decimalsIn(item, `${path}.${key}`, found);
    }
  }
  return found;
}

describe('the presenter never rounds', () => {
  it('every figure core returns is already at its shown precision, prices on their tick grid', () => {
    fc.assert(
      fc.property(deskArb, (figures: DeskFigures) => {
        for (const [path, value] of decimalsIn(figures, 'figures')) {
          // The hedge ratio is shown to 4 decimals; money to the cent, ratios and percentages to 0.01.
          const places = path.endsWith('.hedgeRatio') ? 4 : 2;
          expect([path, value.decimalPlaces() <= places]).toEqual([path, true]);
        }
        const { sizer, stress } = figures;
        if (sizer.spec !== null) {
          const tick = sizer.spec.tickPoints;
          for (const price of [sizer.stopAt, sizer.targetAt]) {
            if (price !== null) expect(isOnTickGrid(price, tick)).toBe(true);
          }
        }
        for (const levels of Object.values(stress.levels)) {
          if (levels === undefined) continue;
          const tick = levels.spec.tickPoints;
          const { limits } = levels;
          for (const level of [
            limits?.limit7,
            limits?.limit13,
            limits?.limit20,
            limits?.overnightHigh,
            levels.mark,
          ]) {
            if (level === undefined) continue;
            expect(isOnTickGrid(level, tick)).toBe(true);
          }
        }
        for (const scenario of SCENARIOS) {
          const outcome = stress.scenarios[scenario];
          if (outcome !== null) expect(outcome.call).toBe(outcome.excessUsd.lt(0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('groups digits with Intl exactly as the former string grouping did, whatever the length', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (digits, scale, places) => {
          const value = new D(digits.toString()).div(new D(10).pow(scale));
          expect(formatFixed(value, places)).toBe(groupThousands(value.toFixed(places)));
        },
      ),
    );
  });
});

/** A desk, then the same desk after each of a few single changes (a keystroke, a row added). */
const typingArb = fc
  .tuple(
    inputsArb,
    bookArb,
    fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 }),
  )
  .map(([start, book, steps]) => {
    const inputs = { ...start };
    let rows = book;
    const desks = [figuresWith(inputs, rows)];
    for (const [key, n, addRow] of steps) {
      const pool = POOLS[key] ?? [''];
      inputs[key] = pool[n % pool.length] ?? '';
      if (addRow)
        rows = [
          ...rows,
          { id: `q${desks.length}`, symbol: 'M2K', side: 'long', quantity: '2', entry: '2000', stop: '1990' },
        ];
      desks.push(figuresWith(inputs, rows));
    }
    return desks;
  });

describe('the presenter’s memory', () => {
  it('shows a desk typed into step by step exactly as a presenter without memory would', () => {
    fc.assert(
      fc.property(typingArb, (desks) => {
        const remembering = createDeskPresenter();
        for (const figures of desks) {
          expect(remembering(figures)).toEqual(createDeskPresenter()(figures));
        }
      }),
      { numRuns: 150 },
    );
  });
});
