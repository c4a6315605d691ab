import { describe, expect, it } from 'vitest';
import { parseBarsCsv } from './bars';
import { describeBarsImport } from './barsReport';

/** `Date,Open,High,Low,Close` and one valid bar per date. */
function barsText(dates: readonly string[]): string {
  return ['Date,Open,High,Low,Close', ...dates.map((date) => `${date},10,11,9,10`)].join('\n');
}

/** ISO date of the i-th calendar day after 2024-01-02. */
function isoDay(i: number): string {
  return new Date(Date.UTC(2024, 0, 2 + i)).toISOString().slice(0, 10);
}

describe('bars import summary', () => {
  it.each([
    ['Date,Open,High,Low,Close\n2026-01-02,10,11,9,10\n2026-01-05,10,11,9,10', '2 bars read.'],
    ['Date,Open,High,Low,Close\n2026-01-02,10,11,9,10', '1 bar read.'],
    [
      'Date,Open,High,Low,Close\n2026-01-05,10,11,9,10\n2026-01-02,10,11,9,10',
      '2 bars read (newest-first file, put in date order).',
    ],
    ['Date,Open,High,Low,Close\n2026-01-02,10,11,9,10\n2026-01-05,10,9,11,10', '1 bar read; 1 row rejected:'],
    [
      barsText(['Jan 4', 'Jan 9', '2026-01-02']),
      '3 bars read; order not checked: 2 dates could not be read (lines 2, 3).',
    ],
    [barsText(['Monday']), '1 bar read; order not checked: 1 date could not be read (line 2).'],
    [
      barsText(['Jan 4', '2026-01-02', 'Jan 9', 'Jan 17', 'Jan 18']),
      '5 bars read; order not checked: 4 dates could not be read (lines 2, 4, 5, …).',
    ],
    [
      `${barsText(['Jan 4', 'Jan 9', 'Jan 17'])}\nJan 18,10,9,11,10`,
      '3 bars read; order not checked: 3 dates could not be read (lines 2, 3, 4); 1 row rejected:',
    ],
    [barsText(['2026-01-02', 'Jan 9', '2026-01-05']), '2 bars read; 1 row rejected:'],
  ])('%j → %s', (text, summary) => {
    expect(describeBarsImport(parseBarsCsv(text))).toBe(summary);
  });

  it('repro: a junk date in a file with an order problem no longer reads "45 bars, 0 rejected"', () => {
    // 15 days, a date typed as 2042 (line 17), then 28 more days: the order check keeps 16 bars.
    const dates = [
      ...Array.from({ length: 15 }, (_, i) => isoDay(i)),
      '2042-01-17',
      ...Array.from({ length: 28 }, (_, i) => isoDay(15 + i)),
    ];
    expect(describeBarsImport(parseBarsCsv(barsText(dates)))).toBe('16 bars read; 28 rows rejected:');
    const withJunk = [...dates.slice(0, 28), 'n/a', ...dates.slice(28)];
    expect(describeBarsImport(parseBarsCsv(barsText(withJunk)))).toBe('16 bars read; 29 rows rejected:');
  });

  it('passes a whole-file problem through', () => {
    const parsed = parseBarsCsv('');
    expect(parsed.problem).not.toBeNull();
    expect(describeBarsImport(parsed)).toBe(parsed.problem);
  });
});
