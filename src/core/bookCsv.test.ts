import { describe, expect, it } from 'vitest';
import { bookToCsv } from './bookCsv';
import { D } from './decimal';

const row = (id: string, quantity: string, entry: string, stop = '') => ({
  id,
  symbol: 'M2K',
  side: 'long',
  quantity,
  entry,
  stop,
});

describe('the book as CSV', () => {
  it('writes a header and one record per row, computed amounts as plain numbers', () => {
    const csv = bookToCsv([
      {
        row: row('p1', '4', '2000.0', '1990.0'),
        openPnlUsd: new D('-500.00'),
        riskUsd: new D('206.96'),
        note: '',
      },
      { row: row('p2', '', ''), openPnlUsd: null, riskUsd: null, note: 'Left out: quantity is empty.' },
    ]);
    expect(csv).toBe(
      'Position,Symbol,Side,Quantity,Entry,Stop,Open P&L (USD),Risk to stop (USD),Note\r\n' +
        '1,M2K,long,4,2000.0,1990.0,-500.00,206.96,\r\n' +
        '2,M2K,long,,,,,,Left out: quantity is empty.\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['2,000.0', '"2,000.0"'],
  ])('escapes a typed %j as %s', (typed, cell) => {
    const csv = bookToCsv([{ row: row('p1', typed, '2000.0'), openPnlUsd: null, riskUsd: null, note: '' }]);
    expect(csv.split('\r\n')[1]?.split(',M2K,long,')[1]?.startsWith(`${cell},`)).toBe(true);
  });
});
