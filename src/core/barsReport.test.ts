import { describe, expect, it } from 'vitest';
import { parseBarsCsv } from './bars';
import { describeBarsImport } from './barsReport';

describe('bars import summary', () => {
  it.each([
    ['Date,Open,High,Low,Close\n2026-01-02,10,11,9,10\n2026-01-05,10,11,9,10', '2 bars read.'],
    ['Date,Open,High,Low,Close\n2026-01-02,10,11,9,10', '1 bar read.'],
    [
      'Date,Open,High,Low,Close\n2026-01-05,10,11,9,10\n2026-01-02,10,11,9,10',
      '2 bars read (newest-first file, put in date order).',
    ],
    ['Date,Open,High,Low,Close\n2026-01-02,10,11,9,10\n2026-01-05,10,9,11,10', '1 bar read; 1 row rejected:'],
  ])('%j → %s', (text, summary) => {
    expect(describeBarsImport(parseBarsCsv(text))).toBe(summary);
  });

  it('passes a whole-file problem through', () => {
    const parsed = parseBarsCsv('');
    expect(parsed.problem).not.toBeNull();
    expect(describeBarsImport(parsed)).toBe(parsed.problem);
  });
});
