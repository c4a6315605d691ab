/**
 * Invariants of true range and Wilder's ATR (src/core/atr.ts), and of ATR computed from imported CSV
 * (src/core/bars.ts), over random valid bars, including the import's order check and unreadable dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestAtr, trueRanges, wilderAtrSeries } from '../../src/core/atr';
import { parseBarsCsv } from '../../src/core/bars';

interface Bars {
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly open: Float64Array;
}

/** One valid bar: 0 < low ≤ open, close ≤ high. */
const barArbitrary = fc
  .record({
    low: fc.double({ min: 0.01, max: 100_000, noNaN: true }),
    range: fc.double({ min: 0, max: 2_000, noNaN: true }),
    openAt: fc.double({ min: 0, max: 1, noNaN: true }),
    closeAt: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ low, range, openAt, closeAt }) => {
    const high = low + range;
    const inside = (at: number): number => Math.min(high, Math.max(low, low + range * at));
    return { open: inside(openAt), high, low, close: inside(closeAt) };
  });

const barsArbitrary = fc.array(barArbitrary, { maxLength: 80 }).map((bars): Bars => ({
  open: Float64Array.from(bars, (bar) => bar.open),
  high: Float64Array.from(bars, (bar) => bar.high),
  low: Float64Array.from(bars, (bar) => bar.low),
  close: Float64Array.from(bars, (bar) => bar.close),
}));

const periodArbitrary = fc.integer({ min: 1, max: 30 });

function atrOf(bars: Bars, period: number): Float64Array {
  return wilderAtrSeries(bars.high, bars.low, bars.close, period);
}

function mapBars(bars: Bars, f: (price: number) => number): Bars {
  return { open: bars.open.map(f), high: bars.high.map(f), low: bars.low.map(f), close: bars.close.map(f) };
}

function value(series: Float64Array, index: number): number {
  return series[index] ?? Number.NaN;
}

describe('ATR invariants', () => {
  it('is NaN before bar n and finite and ≥ 0 from bar n on', () => {
    fc.assert(
      fc.property(barsArbitrary, periodArbitrary, (bars, period) => {
        const atr = atrOf(bars, period);
        expect(atr.length).toBe(bars.high.length);
        atr.forEach((atrValue, bar) => {
          if (bar < period) expect(atrValue).toBeNaN();
          else expect(Number.isFinite(atrValue) && atrValue >= 0).toBe(true);
        });
      }),
    );
  });

  it('lies between the smallest and largest true range it has seen, and between ATR₋₁ and TR', () => {
    fc.assert(
      fc.property(barsArbitrary, periodArbitrary, (bars, period) => {
        const atr = atrOf(bars, period);
        const tr = trueRanges(bars.high, bars.low, bars.close);
        let lowest = Number.POSITIVE_INFINITY;
        let highest = 0;
        for (let bar = 1; bar < atr.length; bar++) {
          lowest = Math.min(lowest, value(tr, bar));
          highest = Math.max(highest, value(tr, bar));
          if (bar < period) continue;
          const slack = 1e-12 * highest;
          expect(value(atr, bar)).toBeGreaterThanOrEqual(lowest - slack);
          expect(value(atr, bar)).toBeLessThanOrEqual(highest + slack);
          if (bar > period) {
            const previous = value(atr, bar - 1);
            expect(value(atr, bar)).toBeGreaterThanOrEqual(Math.min(previous, value(tr, bar)) - slack);
            expect(value(atr, bar)).toBeLessThanOrEqual(Math.max(previous, value(tr, bar)) + slack);
          }
        }
      }),
    );
  });

  it('scales with the prices: bars × 2^k give exactly 2^k × ATR', () => {
    fc.assert(
      fc.property(barsArbitrary, periodArbitrary, fc.integer({ min: -8, max: 8 }), (bars, period, k) => {
        const factor = 2 ** k;
        const scaled = atrOf(
          mapBars(bars, (price) => price * factor),
          period,
        );
        expect(Array.from(scaled)).toEqual(Array.from(atrOf(bars, period), (atrValue) => atrValue * factor));
      }),
    );
  });

  // Largest price the generator makes (low ≤ 100,000, range ≤ 2,000): rounding errors are ulps of it.
  const PRICE_CEILING = 102_000;

  it('scales with the prices: bars × c give c × ATR, to a few ulps of the largest price', () => {
    fc.assert(
      fc.property(
        barsArbitrary,
        periodArbitrary,
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (bars, period, c) => {
          const scaled = atrOf(
            mapBars(bars, (price) => price * c),
            period,
          );
          atrOf(bars, period).forEach((atrValue, bar) => {
            if (Number.isNaN(atrValue)) expect(value(scaled, bar)).toBeNaN();
            else
              expect(Math.abs(value(scaled, bar) - c * atrValue)).toBeLessThanOrEqual(
                1e-14 * c * PRICE_CEILING,
              );
          });
        },
      ),
    );
  });

  it('does not move when every price moves by the same amount', () => {
    fc.assert(
      fc.property(
        barsArbitrary,
        periodArbitrary,
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (bars, period, shift) => {
          const shifted = atrOf(
            mapBars(bars, (price) => price + shift),
            period,
          );
          atrOf(bars, period).forEach((atrValue, bar) => {
            if (Number.isNaN(atrValue)) expect(value(shifted, bar)).toBeNaN();
            // Each shifted price carries a rounding error of half an ulp of (price + shift) at most.
            else
              expect(Math.abs(value(shifted, bar) - atrValue)).toBeLessThanOrEqual(
                1e-14 * (PRICE_CEILING + shift),
              );
          });
        },
      ),
    );
  });

  it('of constant bars is the bar range', () => {
    fc.assert(
      fc.property(barArbitrary, fc.integer({ min: 0, max: 60 }), periodArbitrary, (bar, count, period) => {
        const repeat = (price: number): Float64Array => new Float64Array(count).fill(price);
        const atr = wilderAtrSeries(repeat(bar.high), repeat(bar.low), repeat(bar.close), period);
        const range = bar.high - bar.low;
        for (let i = period; i < count; i++) {
          expect(Math.abs(value(atr, i) - range)).toBeLessThanOrEqual(1e-12 * range);
        }
        expect(latestAtr(atr) === null).toBe(count <= period);
      }),
    );
  });

  it('never falls when bars get wider (higher highs)', () => {
    fc.assert(
      fc.property(
        barsArbitrary,
        periodArbitrary,
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 80, maxLength: 80 }),
        (bars, period, widenings) => {
          const wider = { ...bars, high: bars.high.map((high, i) => high + (widenings[i] ?? 0)) };
          const before = atrOf(bars, period);
          const after = atrOf(wider, period);
          for (let bar = period; bar < before.length; bar++) {
            expect(value(after, bar)).toBeGreaterThanOrEqual(value(before, bar));
          }
        },
      ),
    );
  });

  it('depends on the past only: the ATR of the first k bars is the start of the ATR of all bars', () => {
    fc.assert(
      fc.property(barsArbitrary, periodArbitrary, fc.nat(), (bars, period, cut) => {
        const k = bars.high.length === 0 ? 0 : cut % (bars.high.length + 1);
        const prefix = wilderAtrSeries(
          bars.high.subarray(0, k),
          bars.low.subarray(0, k),
          bars.close.subarray(0, k),
          period,
        );
        expect(Array.from(prefix)).toEqual(Array.from(atrOf(bars, period).subarray(0, k)));
      }),
    );
  });

  it('with n = 1 is the true range, and latestAtr is null exactly when there are ≤ n bars', () => {
    fc.assert(
      fc.property(barsArbitrary, periodArbitrary, (bars, period) => {
        expect(Array.from(atrOf(bars, 1))).toEqual(Array.from(trueRanges(bars.high, bars.low, bars.close)));
        const atr = atrOf(bars, period);
        const latest = latestAtr(atr);
        if (bars.high.length <= period) expect(latest).toBeNull();
        else expect(latest).toBe(value(atr, atr.length - 1));
      }),
    );
  });
});

describe('ATR of imported bars', () => {
  /** ISO date of the i-th day after 2020-01-01. */
  const isoDay = (i: number): string => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);

  it('equals the ATR of the bars, whatever the delimiter, decimal mark, header and row order of the file', () => {
    fc.assert(
      fc.property(
        barsArbitrary,
        periodArbitrary,
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        fc.boolean(),
        (bars, period, delimiter, withHeader, newestFirst) => {
          const count = bars.high.length;
          // String(x) round-trips a double exactly; semicolon and tab files get a decimal comma.
          const price = (x: number): string => (delimiter === ',' ? String(x) : String(x).replace('.', ','));
          const rows = Array.from({ length: count }, (_, i) =>
            [
              isoDay(i),
              price(value(bars.open, i)),
              price(value(bars.high, i)),
              price(value(bars.low, i)),
              price(value(bars.close, i)),
              '100',
            ].join(delimiter),
          );
          if (newestFirst) rows.reverse();
          if (withHeader) rows.unshift(['Date', 'Open', 'High', 'Low', 'Close', 'Volume'].join(delimiter));
          const imported = parseBarsCsv(rows.join('\n'));

          if (count === 0) {
            expect(imported.problem).not.toBeNull();
            return;
          }
          expect(imported.problem).toBeNull();
          expect(imported.errors).toEqual([]);
          expect(imported.delimiter).toBe(delimiter);
          expect(imported.hasHeader).toBe(withHeader);
          expect(imported.reversed).toBe(newestFirst && count > 1);
          expect(Array.from(imported.series.close)).toEqual(Array.from(bars.close));
          const { high, low, close } = imported.series;
          expect(Array.from(wilderAtrSeries(high, low, close, period))).toEqual(
            Array.from(atrOf(bars, period)),
          );
        },
      ),
    );
  });

  it('keeps strictly increasing dates from rows in any order, and reports every row it leaves out', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }), (days) => {
        // Line 1 is the header, so day i is on line i + 2; each bar closes at its line number.
        const rows = days.map((day, i) => `${isoDay(day)},1,${days.length + 2},1,${i + 2}`);
        const imported = parseBarsCsv(['Date,Open,High,Low,Close', ...rows].join('\n'));
        expect(imported.problem).toBeNull();
        const { dates, close } = imported.series;
        for (let i = 1; i < dates.length; i++) expect((dates[i - 1] ?? '') < (dates[i] ?? '')).toBe(true);
        for (const error of imported.errors) {
          expect(error.message).toMatch(
            /^line \d+: date \d{4}-\d{2}-\d{2} (is not after the previous bar \(\d{4}-\d{2}-\d{2}\)|repeats the previous bar)$/,
          );
        }
        const rejected = new Set(imported.errors.map((error) => error.line));
        const keptLines = days.map((_, i) => i + 2).filter((line) => !rejected.has(line));
        if (imported.reversed) keptLines.reverse();
        expect(Array.from(close)).toEqual(keptLines);
        expect(dates).toEqual(keptLines.map((line) => isoDay(days[line - 2] ?? -1)));
      }),
    );
  });
  it('rejects a minority of unreadable dates by name and checks the rest as if they were not there', () => {
    const junk = fc.constantFrom('Jan 4', 'n/a', '2024-13-01', '31/31/2024', '17327484000');
    const row = fc.oneof(fc.integer({ min: 0, max: 40 }), junk);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (cells) => {
        const line = (cell: number | string, i: number): string =>
          `${typeof cell === 'number' ? isoDay(cell) : cell},1,100,1,${i + 2}`;
        const imported = parseBarsCsv(['Date,Open,High,Low,Close', ...cells.map(line)].join('\n'));
        const junkLines = cells.flatMap((cell, i) => (typeof cell === 'string' ? [i + 2] : []));
        expect(imported.problem).toBeNull();
        if (junkLines.length * 2 > cells.length) {
          expect(imported.orderChecked).toBe(false);
          expect(imported.reversed).toBe(false);
          expect(imported.errors).toEqual([]);
          expect(imported.unreadableDates.map((date) => date.line)).toEqual(junkLines);
          expect(Array.from(imported.series.close)).toEqual(cells.map((_, i) => i + 2));
          return;
        }
        expect(imported.orderChecked).toBe(true);
        expect(imported.unreadableDates).toEqual([]);
        const unreadable = imported.errors.filter((error) => error.message.endsWith('RiskDesk can read'));
        expect(unreadable.map((error) => error.line)).toEqual(junkLines);
        // The same file without the junk rows, each bar still closing at its line in the full file.
        const readable = cells.flatMap((cell, i) => (typeof cell === 'number' ? [line(cell, i)] : []));
        const alone = parseBarsCsv(['Date,Open,High,Low,Close', ...readable].join('\n'));
        expect(imported.reversed).toBe(alone.reversed);
        expect(imported.series.dates).toEqual(alone.series.dates);
        expect(Array.from(imported.series.close)).toEqual(Array.from(alone.series.close));
        expect(imported.errors.length).toBe(junkLines.length + alone.errors.length);
      }),
    );
  });
});
