/**
 * computeDesk's memory (src/core/readMemo.ts) never changes a figure or a message: a computer that has
 * seen a whole sequence of edits computes each desk exactly as a new computer does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookRow } from '../../src/core/book';
import { createDeskComputer, type DeskEnv } from '../../src/core/desk';
import { DEFAULT_INPUTS, type InputKey, type Inputs } from '../../src/core/inputs';
import type { TradeLogRow } from '../../src/core/plan/tradeLog';
import { bookArb, inputsArb, KEYS, POOLS } from '../support/deskArbs';
import { TODAY } from '../support/desk';

/** Besides each field's pool: texts no field accepts, and costs that set off the margin warning. */
const ODD_TEXTS = ['abc', '-1', '1e5', ''];
const COSTS: Partial<Record<InputKey, readonly string[]>> = {
  'M2K.maintenance': ['650', '900', 'x'],
  'MES.commission': ['0.62', 'bad', ''],
  slippageTicks: ['0', '1', '2.5'],
};
const EDIT_KEYS = [...KEYS, ...(Object.keys(COSTS) as InputKey[])];

const LOG: readonly TradeLogRow[] = [
  {
    id: 'l1',
    time: '09:35',
    symbol: 'MES',
    side: 'long',
    quantity: '2',
    entry: '5800',
    exit: '5790',
  },
];

/** One change as the store makes it: a field typed into, a book row added or removed, the log filled. */
const editArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...EDIT_KEYS), fc.nat()).map(([key, n]) => ({ key, n })) },
  { weight: 1, arbitrary: fc.constantFrom('add-row', 'drop-row', 'log', 'no-log') },
);

const env: DeskEnv = {
  today: TODAY,
  // 2026-11-20 15:00 UTC: Friday 09:00 in Chicago, inside the regular session.
  now: { ms: Date.UTC(2026, 10, 20, 15, 0), timeZone: 'America/Chicago' },
  studyBars: null,
};

describe('computeDesk’s memory', () => {
  it('computes every desk of a sequence of edits as a new computer computes it, messages included', () => {
    fc.assert(
      fc.property(
        inputsArb,
        bookArb,
        fc.array(editArb, { minLength: 1, maxLength: 12 }),
        (start, rows, edits) => {
          const remembering = createDeskComputer();
          let inputs: Inputs = { ...DEFAULT_INPUTS, ...start };
          let book: readonly BookRow[] = rows;
          let tradeLog: readonly TradeLogRow[] = [];
          const check = () => {
            const collections = { tradeLog };
            expect(remembering(inputs, env, book, collections)).toEqual(
              createDeskComputer()(inputs, env, book, collections),
            );
          };
          check();
          for (const edit of edits) {
            if (edit === 'add-row') {
              book = [
                ...book,
                {
                  id: `q${book.length}`,
                  symbol: 'MES',
                  side: 'short',
                  quantity: '2',
                  entry: '5800',
                  stop: '',
                },
              ];
            } else if (edit === 'drop-row') {
              book = book.slice(1);
            } else if (edit === 'log' || edit === 'no-log') {
              tradeLog = edit === 'log' ? LOG : [];
            } else {
              const pool = [...(POOLS[edit.key] ?? COSTS[edit.key] ?? []), ...ODD_TEXTS];
              inputs = { ...inputs, [edit.key]: pool[edit.n % pool.length] ?? '' };
            }
            check();
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('the stress’s memory', () => {
  it('typing the equity keeps the levels and scenario P&Ls and recomputes only equity and excess', () => {
    const compute = createDeskComputer();
    const book = [{ id: 'p1', symbol: 'M2K', side: 'long', quantity: '4', entry: '2000.0', stop: '' }];
    const at = (equity: string) =>
      compute({ ...DEFAULT_INPUTS, equity, 'stress.RTY.reference': '2000.0' }, env, book).stress;
    const before = at('25000');
    const after = at('30000');
    expect(after.levels).toBe(before.levels);
    // 4 M2K × $5 × (1860.0 − 2000.0) at the 7 % limit (offset 140.0 points): −$2,800 either way.
    expect(before.scenarios['7%']?.pnlUsd.toString()).toBe('-2800');
    expect(after.scenarios['7%']?.pnlUsd.toString()).toBe('-2800');
    expect(before.scenarios['7%']?.equityUsd.toString()).toBe('22200');
    expect(after.scenarios['7%']?.equityUsd.toString()).toBe('27200');
    expect(after).toEqual(
      createDeskComputer()(
        { ...DEFAULT_INPUTS, equity: '30000', 'stress.RTY.reference': '2000.0' },
        env,
        book,
      ).stress,
    );
  });
});
