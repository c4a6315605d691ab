import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBarsCsv, type BarsImport, type CsvDelimiter } from './bars';
import { syntheticBarsCsv } from '../../tests/support/syntheticBars';

/** The series of an import as plain arrays, for exact comparisons. */
function barsOf(result: BarsImport): {
  dates: readonly string[];
  open: number[];
  high: number[];
  low: number[];
  close: number[];
} {
  const { dates, open, high, low, close } = result.series;
  return { dates, open: [...open], high: [...high], low: [...low], close: [...close] };
}

/** Two bars of an E-mini-like contract, as every layout below should read them. */
const TWO_BARS = {
  open: [2003.5, 2004.2],
  high: [2005.1, 2010],
  low: [2001, 2000],
  close: [2004.2, 2008.75],
};

describe('parseBarsCsv reads the common export layouts', () => {
  it.each<{
    layout: string;
    text: string;
    dates: string[];
    delimiter: CsvDelimiter;
    hasHeader: boolean;
    reversed: boolean;
  }>([
    {
      layout: 'Yahoo-style comma CSV; Close preferred over Adj Close; Volume ignored',
      text:
        'Date,Open,High,Low,Close,Adj Close,Volume\n' +
        '2024-01-02,2003.5,2005.1,2001.0,2004.2,1990.0,1234\n' +
        '2024-01-03,2004.2,2010,2000,2008.75,1995.5,999\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'upper-case one-letter names in another column order',
      text: 'C,H,L,O,DATE\n2004.2,2005.1,2001.0,2003.5,2024-01-02\n2008.75,2010,2000,2004.2,2024-01-03\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'Timestamp column with ISO date-times and an Open Interest column',
      text:
        'timestamp,open,high,low,close,volume,open interest\n' +
        '2024-01-02T09:30:00Z,2003.5,2005.1,2001.0,2004.2,10,500\n' +
        '2024-01-02T09:31:00Z,2004.2,2010,2000,2008.75,11,500\n',
      dates: ['2024-01-02T09:30:00Z', '2024-01-02T09:31:00Z'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'semicolon file with decimal commas and an unknown column (European spreadsheet)',
      text: 'Datum;Date;Open;High;Low;Close\nx;2024-01-02;2003,5;2005,1;2001;2004,2\nx;2024-01-03;2004,2;2010;2000;2008,75\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ';',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'semicolon file with dot thousands and decimal comma',
      text: 'Date;Open;High;Low;Close\n2024-01-02;2.003,50;2.005,10;2.001,00;2.004,20\n2024-01-03;2.004,20;2.010,00;2.000,00;2.008,75\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ';',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'tab-separated paste from a spreadsheet, decimal commas',
      text: 'Date\tOpen\tHigh\tLow\tClose\n2024-01-02\t2003,5\t2005,1\t2001\t2004,2\n2024-01-03\t2004,2\t2010\t2000\t2008,75',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: '\t',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'tab-separated with decimal points and CRLF line ends',
      text: 'date\topen\thigh\tlow\tclose\r\n2024-01-02\t2003.5\t2005.1\t2001.0\t2004.2\r\n2024-01-03\t2004.2\t2010\t2000\t2008.75\r\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: '\t',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'NinjaTrader export: no header, semicolons, `yyyyMMdd HHmmss`',
      text: '20240102 093000;2003.5;2005.1;2001.0;2004.2;1234\n20240102 093100;2004,2;2010;2000;2008,75;99\n',
      dates: ['20240102 093000', '20240102 093100'],
      delimiter: ';',
      hasHeader: false,
      reversed: false,
    },
    {
      layout: 'no header, comma, date, open, high, low, close without volume',
      text: '2024-01-02,2003.5,2005.1,2001.0,2004.2\n2024-01-03,2004.2,2010,2000,2008.75\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ',',
      hasHeader: false,
      reversed: false,
    },
    {
      layout: 'MetaTrader export: no header, separate date and time columns',
      text: '2024.01.02,09:30,2003.5,2005.1,2001.0,2004.2,1234\n2024.01.02,09:31,2004.2,2010,2000,2008.75,99\n',
      dates: ['2024.01.02 09:30', '2024.01.02 09:31'],
      delimiter: ',',
      hasHeader: false,
      reversed: false,
    },
    {
      layout: 'Sierra Chart export: padded names, Date and Time joined, Last as close',
      text:
        'Date, Time, Open, High, Low, Last, Volume, NumberOfTrades, BidVolume, AskVolume\n' +
        '2024/1/2, 09:30:00.000, 2003.50, 2005.10, 2001.00, 2004.20, 1234, 10, 600, 634\n' +
        '2024/1/2, 09:31:00.000, 2004.20, 2010.00, 2000.00, 2008.75, 99, 5, 50, 49\n',
      dates: ['2024/1/2 09:30:00.000', '2024/1/2 09:31:00.000'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'Investing.com: quoted thousands, Price as close, MM/DD/YYYY newest first',
      text:
        '"Date","Price","Open","High","Low","Vol.","Change %"\n' +
        '"01/03/2024","2,008.75","2,004.20","2,010.00","2,000.00","1.2K","0.22%"\n' +
        '"01/02/2024","2,004.20","2,003.50","2,005.10","2,001.00","1.1K","0.10%"\n',
      dates: ['01/02/2024', '01/03/2024'],
      delimiter: ',',
      hasHeader: true,
      reversed: true,
    },
    {
      layout: 'CME-style Last and Settle: Settle is the close',
      text:
        'Trade Date,Open,High,Low,Last,Change,Settle,Volume,Previous Day Open Interest\n' +
        '2024-01-02,2003.5,2005.1,2001.0,2004.0,1.0,2004.2,10,100\n' +
        '2024-01-03,2004.2,2010,2000,2008.5,4.5,2008.75,10,100\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: 'byte-order mark, bracketed names, trailing delimiter on every line',
      text: '\uFEFF<DATE>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,\n2024-01-02,2003.5,2005.1,2001.0,2004.2,\n2024-01-03,2004.2,2010,2000,2008.75,\n',
      dates: ['2024-01-02', '2024-01-03'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
    {
      layout: '"Date Time" column, spaces around names and fields',
      text: 'Date Time , Open , High , Low , Close\n 2024-01-02 09:30 , 2003.5 , 2005.1 , 2001 , 2004.2\n 2024-01-02 09:31 , 2004.2 , 2010 , 2000 , 2008.75\n',
      dates: ['2024-01-02 09:30', '2024-01-02 09:31'],
      delimiter: ',',
      hasHeader: true,
      reversed: false,
    },
  ])('$layout', ({ text, dates, delimiter, hasHeader, reversed }) => {
    const result = parseBarsCsv(text);
    expect(result.problem).toBeNull();
    expect(result.errors).toEqual([]);
    expect(barsOf(result)).toEqual({ dates, ...TWO_BARS });
    expect(result.delimiter).toBe(delimiter);
    expect(result.hasHeader).toBe(hasHeader);
    expect(result.reversed).toBe(reversed);
  });

  it('returns Float64Arrays', () => {
    const { series } = parseBarsCsv('Date,Open,High,Low,Close\n2024-01-02,1,2,0.5,1.5\n');
    expect(series.open).toBeInstanceOf(Float64Array);
    expect(series.high).toBeInstanceOf(Float64Array);
    expect(series.low).toBeInstanceOf(Float64Array);
    expect(series.close).toBeInstanceOf(Float64Array);
  });
});

describe('parseBarsCsv reads numbers as exports write them', () => {
  // Each field is used for all four prices of one bar, so the bar is valid whenever the number is.
  it.each<[string, CsvDelimiter, number | string]>([
    ['2003.5', ',', 2003.5],
    ['2003', ',', 2003],
    ['0.25', ',', 0.25],
    ['.5', ',', 0.5],
    ['+2003.25', ',', 2003.25],
    ['2.0035e3', ',', 2003.5],
    ['"2,003.50"', ',', 2003.5],
    ['"12,345,678.9"', ',', 12345678.9],
    ['"2.003,50"', ',', 2003.5],
    ['"2003,5"', ',', 'line 2: open "2003,5" is not a number'],
    ['"2,00"', ',', 'line 2: open "2,00" is not a number'],
    ['2003,5', ';', 2003.5],
    ['2003,25', '\t', 2003.25],
    ['2,003', ';', 2.003],
    ['2,003.50', ';', 2003.5],
    ['2.003,50', ';', 2003.5],
    ['2003.5', ';', 2003.5],
    ['2003,5,1', ';', 'line 2: open "2003,5,1" is not a number'],
    ['1.2.3', ',', 'line 2: open "1.2.3" is not a number'],
    ['0x10', ',', 'line 2: open "0x10" is not a number'],
    ['Infinity', ',', 'line 2: open "Infinity" is not a number'],
    ['1e400', ',', 'line 2: open "1e400" is not a number'],
    ['2003.5 pts', ',', 'line 2: open "2003.5 pts" is not a number'],
    ['-', ',', 'line 2: open "-" is not a number'],
    ['0', ',', 'line 2: open 0 is not above zero'],
    ['-2003.5', ',', 'line 2: open -2003.5 is not above zero'],
    ['0,0', ';', 'line 2: open 0,0 is not above zero'],
  ])('%s in a %j file → %s', (field, delimiter, expected) => {
    const text = `Date${delimiter}Open${delimiter}High${delimiter}Low${delimiter}Close\n2024-01-02${delimiter}${field}${delimiter}${field}${delimiter}${field}${delimiter}${field}\n`;
    const result = parseBarsCsv(text);
    expect(result.delimiter).toBe(delimiter);
    if (typeof expected === 'number') {
      expect(result.errors).toEqual([]);
      expect([
        ...result.series.open,
        ...result.series.high,
        ...result.series.low,
        ...result.series.close,
      ]).toEqual([expected, expected, expected, expected]);
    } else {
      expect(result.series.dates).toEqual([]);
      expect(result.errors).toEqual([{ line: 2, message: expected }]);
    }
  });

  it('reads a 16-digit price like Number() does', () => {
    const result = parseBarsCsv(
      'Date,Open,High,Low,Close\n2024-01-02,2003.123456789012,2003.123456789012,2003.123456789012,2003.123456789012\n',
    );
    expect(result.series.close[0]).toBe(2003.123456789012);
  });
});

describe('parseBarsCsv rejects bad rows by line number and keeps the good ones', () => {
  const text = [
    'Date,Open,High,Low,Close', //                 line 1
    '2024-01-02,2003.5,2005.1,2001.0,2004.2', //   line 2: good
    '', //                                         line 3: blank, skipped
    '2024-01-03,2004.0,2006.0,2002.0,abc', //      line 4
    '   ', //                                      line 5: blank, skipped
    '2024-01-04,2004.0,,2002.0,2003.0', //         line 6
    '2024-01-05,2001.5,1999.0,2001.0,2000.0', //   line 7
    '2024-01-08,0,2006.0,2002.0,2003.0', //        line 8
    '2024-01-09,2004.0,2006.0,2002.0', //          line 9
    '2024-01-10,2004.0,2006.0,2002.0,2003.0,7', // line 10
    '2024-01-11,2007.0,2006.0,2002.0,2003.0', //   line 11
    '2024-01-12,2004.0,2006.0,2002.0,2006.5', //   line 12
    '2024-01-16,2004.0,2006.0,2004.5,2005.0', //   line 13
    '2024-01-17,2005.0,2006.0,2004.5,2004.0', //   line 14
    ',2004.0,2006.0,2002.0,2003.0', //             line 15
    ',,,,', //                                     line 16: empty spreadsheet row, skipped
    '2024-01-18,2004.0,2006.0,-2002.0,2003.0', //  line 17
    '2024-01-19,2004.0,2006.0,2002.0,2005.0', //   line 18: good
    '', //                                         line 19
  ].join('\n');

  it('lists every rejected row with its line and the column at fault', () => {
    expect(parseBarsCsv(text).errors).toEqual([
      { line: 4, message: 'line 4: close "abc" is not a number' },
      { line: 6, message: 'line 6: high is missing' },
      { line: 7, message: 'line 7: high 1999.0 is below low 2001.0' },
      { line: 8, message: 'line 8: open 0 is not above zero' },
      { line: 9, message: 'line 9: expected 5 columns, found 4' },
      { line: 10, message: 'line 10: expected 5 columns, found 6' },
      { line: 11, message: 'line 11: high 2006.0 is below open 2007.0' },
      { line: 12, message: 'line 12: high 2006.0 is below close 2006.5' },
      { line: 13, message: 'line 13: low 2004.5 is above open 2004.0' },
      { line: 14, message: 'line 14: low 2004.5 is above close 2004.0' },
      { line: 15, message: 'line 15: date is missing' },
      { line: 17, message: 'line 17: low -2002.0 is not above zero' },
    ]);
  });

  it('keeps the good rows in order', () => {
    const result = parseBarsCsv(text);
    expect(result.problem).toBeNull();
    expect(barsOf(result)).toEqual({
      dates: ['2024-01-02', '2024-01-19'],
      open: [2003.5, 2004],
      high: [2005.1, 2006],
      low: [2001, 2002],
      close: [2004.2, 2005],
    });
  });

  it('counts CRLF lines, leading blank lines and a quoted field that spans lines', () => {
    const crlf = [
      '', //                                                     line 1
      'Date,Open,High,Low,Close,Note', //                        line 2
      '2024-01-02,1,2,0.5,1.5,"two', //                          line 3
      'lines"', //                                               line 4
      '2024-01-03,1,2,0.5,x,ok', //                              line 5
      '', //                                                     line 6
      '2024-01-04,1,2,0.5,1.5,"three', //                        line 7
      '', //                                                     line 8
      'lines"', //                                               line 9
      '2024-01-05,1,0.25,0.5,1.5,ok', //                         line 10
    ].join('\r\n');
    const result = parseBarsCsv(crlf);
    expect(result.errors).toEqual([
      { line: 5, message: 'line 5: close "x" is not a number' },
      { line: 10, message: 'line 10: high 0.25 is below low 0.5' },
    ]);
    expect(result.series.dates).toEqual(['2024-01-02', '2024-01-04']);
  });

  it('rejects a row whose quote is never closed, and names it', () => {
    const result = parseBarsCsv(
      'Date,Open,High,Low,Close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1,2,0.5,"1.5\n2024-01-04,1,2,0.5,1.5\n',
    );
    expect(result.errors).toEqual([
      { line: 3, message: 'line 3: a quote is not closed (the rest of the text was read as one field)' },
    ]);
    expect(result.series.dates).toEqual(['2024-01-02']);
  });

  it('shortens a long bad field in the message', () => {
    const result = parseBarsCsv(
      `Date,Open,High,Low,Close\n2024-01-02,1,2,0.5,${'9'.repeat(30)}x${'9'.repeat(30)}\n`,
    );
    expect(result.errors).toEqual([
      { line: 2, message: `line 2: close "${'9'.repeat(30)}x${'9'.repeat(8)}…" is not a number` },
    ]);
  });

  it('reports a file of only bad rows row by row, with no bars and no whole-file problem', () => {
    const result = parseBarsCsv('20240102;abc;2;1;1,5\n\n20240103;1;2;3;1,5\n20240104;1;2;1\n');
    expect(result.problem).toBeNull();
    expect(result.hasHeader).toBe(false);
    expect(result.series.dates).toEqual([]);
    expect(result.series.close.length).toBe(0);
    expect(result.errors).toEqual([
      { line: 1, message: 'line 1: open "abc" is not a number' },
      { line: 3, message: 'line 3: high 2 is below low 3' },
      { line: 4, message: 'line 4: expected 5 columns, found 4' },
    ]);
  });

  it('takes the column count of a header-less file from most rows, not from a bad first row', () => {
    const result = parseBarsCsv('2024-01-02,1,2,0.5\n2024-01-03,1,2,0.5,1.5\n2024-01-04,1,2,0.5,1.5\n');
    expect(result.errors).toEqual([{ line: 1, message: 'line 1: expected 5 columns, found 4' }]);
    expect(result.series.dates).toEqual(['2024-01-03', '2024-01-04']);
  });

  it('keeps line numbers right past the rows that decide a header-less layout', () => {
    // 60 one-minute bars; line 55 is blank and the bar on line 58 closes above its high.
    const minute = (i: number): string => `2024-03-01 09:${String(i).padStart(2, '0')}`;
    const lines = Array.from({ length: 60 }, (_, i) => `${minute(i)},1,2,0.5,${i === 56 ? 3 : 1.5}`);
    lines.splice(54, 0, '');
    const result = parseBarsCsv(lines.join('\n'));
    expect(result.errors).toEqual([{ line: 58, message: 'line 58: high 2 is below close 3' }]);
    expect(result.series.dates.length).toBe(59);
    expect(result.series.dates[58]).toBe(minute(59));
  });
});

describe('parseBarsCsv puts newest-first files in chronological order', () => {
  it.each([
    ['ISO dates', ['2024-01-04', '2024-01-03', '2024-01-02'], true],
    ['ISO date-times', ['2024-01-02 09:32:00', '2024-01-02 09:31:00', '2024-01-02 09:30:00'], true],
    ['ISO with T and offset', ['2024-01-02T15:00:00-05:00', '2024-01-02T14:00:00-05:00'], true],
    ['YYYYMMDD', ['20240104', '20240103', '20240102'], true],
    ['YYYYMMDD HHMMSS (NinjaTrader)', ['20240102 093200', '20240102 093100', '20240102 093000'], true],
    ['YYYY/MM/DD', ['2024/01/10', '2024/1/9', '2024/01/02'], true],
    ['YYYY.MM.DD HH:MM', ['2024.01.02 10:00', '2024.01.02 09:00'], true],
    ['MM/DD/YYYY', ['02/01/2024', '01/31/2024', '12/29/2023'], true],
    ['MM/DD/YYYY hh:mm AM/PM', ['01/02/2024 1:00 PM', '01/02/2024 11:00 AM', '01/02/2024 12:30 AM'], true],
    ['DD/MM/YYYY (a day above 12 shows the order)', ['13/01/2024', '12/01/2024', '02/01/2024'], true],
    ['DD.MM.YYYY (Dukascopy)', ['03.01.2024 00:00:00.000', '02.01.2024 00:00:00.000'], true],
    ['oldest-first ISO dates', ['2024-01-02', '2024-01-03', '2024-01-04'], false],
    ['oldest-first MM/DD/YYYY', ['12/29/2023', '01/02/2024'], false],
    ['unrecognisable dates (kept as written, see below)', ['Jan 4', 'Jan 3', 'Jan 2'], false],
    ['a single bar', ['2024-01-04'], false],
    ['Unix seconds (TradingView `time`), newest first', ['1704326400', '1704240000', '1704153600'], true],
  ])('%s → reversed %s', (_name, dates, reversed) => {
    const closes = dates.map((_, i) => 100 + i);
    const text = [
      'Date;Open;High;Low;Close',
      ...dates.map((date, i) => `${date};100;200;50;${closes[i] ?? 0}`),
    ].join('\n');
    const result = parseBarsCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.reversed).toBe(reversed);
    const isoDates = dates.map((date) =>
      /^\d{10}$/.test(date) ? new Date(Number(date) * 1000).toISOString().slice(0, 10) : date,
    );
    expect(result.series.dates).toEqual(reversed ? [...isoDates].reverse() : isoDates);
    expect([...result.series.close]).toEqual(reversed ? [...closes].reverse() : closes);
  });

  it('keeps the errors of a reversed file by their line numbers in the text', () => {
    const result = parseBarsCsv(
      'Date,Open,High,Low,Close\n2024-01-04,1,2,0.5,1\n2024-01-03,1,2,0.5,x\n2024-01-02,1,2,0.5,1.5\n',
    );
    expect(result.reversed).toBe(true);
    expect(result.series.dates).toEqual(['2024-01-02', '2024-01-04']);
    expect([...result.series.close]).toEqual([1.5, 1]);
    expect(result.errors).toEqual([{ line: 3, message: 'line 3: close "x" is not a number' }]);
  });
});

describe('parseBarsCsv rejects bars whose dates go backwards or repeat', () => {
  it.each<{
    name: string;
    /** The rows after the header `Date;Open;High;Low;Close` (line 1): a date per line, or a whole line. */
    rows: string[];
    reversed: boolean;
    /** The line and date of each bar kept, in chronological order. */
    kept: [number, string][];
    errors: { line: number; message: string }[];
  }>([
    {
      name: 'an out-of-order row in an oldest-first file (a blank line before it still counts)',
      rows: ['2023-12-28', '2023-12-29', '2024-01-02', '', '2024-01-04', '2024-01-03', '2024-01-05'],
      reversed: false,
      kept: [
        [2, '2023-12-28'],
        [3, '2023-12-29'],
        [4, '2024-01-02'],
        [6, '2024-01-04'],
        [8, '2024-01-05'],
      ],
      errors: [{ line: 7, message: 'line 7: date 2024-01-03 is not after the previous bar (2024-01-04)' }],
    },
    {
      name: 'a duplicate date, reported in line order with an ordinary bad row',
      rows: [
        '2024-01-02',
        '2024-01-03',
        '2024-01-04;1;2;0.5;x',
        '',
        '',
        '2024-01-04',
        '2024-01-04',
        '2024-01-05',
      ],
      reversed: false,
      kept: [
        [2, '2024-01-02'],
        [3, '2024-01-03'],
        [7, '2024-01-04'],
        [9, '2024-01-05'],
      ],
      errors: [
        { line: 4, message: 'line 4: close "x" is not a number' },
        { line: 8, message: 'line 8: date 2024-01-04 repeats the previous bar' },
      ],
    },
    {
      name: 'a newest-first file with one row out of place: reversed, the row reported by its own line',
      rows: ['2024-01-09', '2024-01-08', '2024-01-04', '2024-01-05', '2024-01-03', '2024-01-02'],
      reversed: true,
      kept: [
        [7, '2024-01-02'],
        [6, '2024-01-03'],
        [5, '2024-01-05'],
        [3, '2024-01-08'],
        [2, '2024-01-09'],
      ],
      errors: [{ line: 4, message: 'line 4: date 2024-01-04 is not after the previous bar (2024-01-05)' }],
    },
    {
      name: 'equal time stamps in a newest-first file: the upper one is the repeat',
      rows: ['2024-01-03', '2024-01-02', '2024-01-02'],
      reversed: true,
      kept: [
        [4, '2024-01-02'],
        [2, '2024-01-03'],
      ],
      errors: [{ line: 3, message: 'line 3: date 2024-01-02 repeats the previous bar' }],
    },
    {
      name: 'no direction keeps more bars: read as written',
      rows: ['2024-01-03', '2024-01-04', '2024-01-02'],
      reversed: false,
      kept: [
        [2, '2024-01-03'],
        [3, '2024-01-04'],
      ],
      errors: [{ line: 4, message: 'line 4: date 2024-01-02 is not after the previous bar (2024-01-04)' }],
    },
    {
      name: 'the same instant written two ways names both',
      rows: ['2024-01-02 09:30', '2024-01-02 9:30:00', '2024-01-02 09:31'],
      reversed: false,
      kept: [
        [2, '2024-01-02 09:30'],
        [4, '2024-01-02 09:31'],
      ],
      errors: [
        { line: 3, message: 'line 3: date 2024-01-02 9:30:00 repeats the previous bar (2024-01-02 09:30)' },
      ],
    },
    {
      name: 'fractions of a second count to the millisecond',
      rows: [
        '2024-01-02 09:30:00.250',
        '2024-01-02 09:30:00.5',
        '2024-01-02 09:30:00.500',
        '2024-01-02 09:30:01',
      ],
      reversed: false,
      kept: [
        [2, '2024-01-02 09:30:00.250'],
        [3, '2024-01-02 09:30:00.5'],
        [5, '2024-01-02 09:30:01'],
      ],
      errors: [
        {
          line: 4,
          message: 'line 4: date 2024-01-02 09:30:00.500 repeats the previous bar (2024-01-02 09:30:00.5)',
        },
      ],
    },
    {
      name: 'slash dates read day-first when that puts them in order (10 Jan … 1 Feb, not 1 Oct … 2 Jan)',
      rows: ['10/01/2024', '11/01/2024', '12/01/2024', '01/02/2024'],
      reversed: false,
      kept: [
        [2, '10/01/2024'],
        [3, '11/01/2024'],
        [4, '12/01/2024'],
        [5, '01/02/2024'],
      ],
      errors: [],
    },
    {
      name: 'the walk is greedy: a date typed in the future rejects the rows after it, each naming it',
      rows: ['2024-01-02', '2042-01-03', '2024-01-04', '2024-01-05'],
      reversed: false,
      kept: [
        [2, '2024-01-02'],
        [3, '2042-01-03'],
      ],
      errors: [
        { line: 4, message: 'line 4: date 2024-01-04 is not after the previous bar (2042-01-03)' },
        { line: 5, message: 'line 5: date 2024-01-05 is not after the previous bar (2042-01-03)' },
      ],
    },
    {
      name: 'unrecognisable dates only: left as written, no order check',
      rows: ['Jan 4', 'Jan 3', 'Jan 5', 'Jan 5'],
      reversed: false,
      kept: [
        [2, 'Jan 4'],
        [3, 'Jan 3'],
        [4, 'Jan 5'],
        [5, 'Jan 5'],
      ],
      errors: [],
    },
    {
      name: 'one unrecognisable date is rejected, and the others are still checked (and reversed)',
      rows: ['2024-01-04', 'yesterday', '2024-01-03', '2024-01-03'],
      reversed: true,
      kept: [
        [5, '2024-01-03'],
        [2, '2024-01-04'],
      ],
      errors: [
        { line: 3, message: 'line 3: date "yesterday" is not a date RiskDesk can read' },
        { line: 4, message: 'line 4: date 2024-01-03 repeats the previous bar' },
      ],
    },
    {
      name: 'Unix milliseconds become ISO text (UTC), and the order check names them so',
      rows: ['1704153600000', '1704240000000', '1704196800000', '1704326400000'],
      reversed: false,
      kept: [
        [2, '2024-01-02'],
        [3, '2024-01-03'],
        [5, '2024-01-04'],
      ],
      errors: [
        { line: 4, message: 'line 4: date 2024-01-02 12:00 is not after the previous bar (2024-01-03)' },
      ],
    },
  ])('$name', ({ rows, reversed, kept, errors }) => {
    // Each bar closes at its line number, so the prices show which rows were kept and in what order.
    const lines = rows.map((row, i) => (row === '' || row.includes(';') ? row : `${row};1;100;1;${i + 2}`));
    const result = parseBarsCsv(['Date;Open;High;Low;Close', ...lines].join('\n'));
    expect(result.problem).toBeNull();
    expect(result.errors).toEqual(errors);
    expect(result.reversed).toBe(reversed);
    expect(result.series.dates).toEqual(kept.map(([, date]) => date));
    expect([...result.series.close]).toEqual(kept.map(([line]) => line));
    expect([...result.series.open]).toEqual(kept.map(() => 1));
    expect([...result.series.high]).toEqual(kept.map(() => 100));
    expect([...result.series.low]).toEqual(kept.map(() => 1));
  });
});

/** ISO date of the i-th calendar day after 2024-01-02 (i = 0 is 2024-01-02). */
function isoDayFrom2024(i: number): string {
  return new Date(Date.UTC(2024, 0, 2 + i)).toISOString().slice(0, 10);
}

/**
 * The repro: 44 bars where one date typed as 2042 (line 17) makes the order check reject the 28
 * bars after it (16 bars, 28 rejected); `junkAtLine` adds one more row whose date is junk.
 */
function typoFile(junkAtLine: number | null): string {
  const dates = [
    ...Array.from({ length: 15 }, (_, i) => isoDayFrom2024(i)),
    '2042-01-17',
    ...Array.from({ length: 28 }, (_, i) => isoDayFrom2024(15 + i)),
  ];
  const rows = dates.map((date) => `${date},10,11,9,10`);
  if (junkAtLine !== null) rows.splice(junkAtLine - 2, 0, 'n/a,10,11,9,10');
  return ['Date,Open,High,Low,Close', ...rows].join('\n');
}

describe('parseBarsCsv rejects dates it cannot read, unless most of them are', () => {
  it('repro: one junk date no longer switches the order check off (16 bars, 28 rejected stays 16 bars)', () => {
    const before = parseBarsCsv(typoFile(null));
    expect(before.series.dates.length).toBe(16);
    expect(before.errors.length).toBe(28);
    expect(before.errors[0]).toEqual({
      line: 18,
      message: 'line 18: date 2024-01-17 is not after the previous bar (2042-01-17)',
    });

    // The junk row is line 30; the rows after it move down one line.
    const after = parseBarsCsv(typoFile(30));
    expect(after.orderChecked).toBe(true);
    expect(after.unreadableDates).toEqual([]);
    expect(after.reversed).toBe(false);
    expect(after.series.dates).toEqual([...before.series.dates]);
    expect(after.errors.length).toBe(29);
    expect(after.errors.filter((error) => !error.message.includes('is not after'))).toEqual([
      { line: 30, message: 'line 30: date "n/a" is not a date RiskDesk can read' },
    ]);
  });

  it.each<{
    name: string;
    dates: string[];
    orderChecked: boolean;
    reversed: boolean;
    /** The lines of the bars kept, in the order kept. */
    keptLines: number[];
    errors: { line: number; message: string }[];
    unreadableDates: { line: number; text: string }[];
  }>([
    {
      name: 'an impossible month is not a date',
      dates: ['2024-13-04', '2024-12-03'],
      orderChecked: true,
      reversed: false,
      keptLines: [3],
      errors: [{ line: 2, message: 'line 2: date "2024-13-04" is not a date RiskDesk can read' }],
      unreadableDates: [],
    },
    {
      name: 'exactly half unreadable: still rejected',
      dates: ['2024-01-03', 'Jan 4', '2024-01-02', 'Jan 5'],
      orderChecked: true,
      reversed: true,
      keptLines: [4, 2],
      errors: [
        { line: 3, message: 'line 3: date "Jan 4" is not a date RiskDesk can read' },
        { line: 5, message: 'line 5: date "Jan 5" is not a date RiskDesk can read' },
      ],
      unreadableDates: [],
    },
    {
      name: 'more than half unreadable: kept as written, not reversed, not checked, and named',
      dates: ['Jan 5', '2024-01-04', 'Jan 3', 'Jan 3'],
      orderChecked: false,
      reversed: false,
      keptLines: [2, 3, 4, 5],
      errors: [],
      unreadableDates: [
        { line: 2, text: 'Jan 5' },
        { line: 4, text: 'Jan 3' },
        { line: 5, text: 'Jan 3' },
      ],
    },
    {
      name: 'a single bar with an unreadable date: kept, order not checked',
      dates: ['Monday'],
      orderChecked: false,
      reversed: false,
      keptLines: [2],
      errors: [],
      unreadableDates: [{ line: 2, text: 'Monday' }],
    },
    {
      name: 'day-first dates are readable when month-first is not (13/01/2024): no date is unreadable',
      dates: ['13/01/2024', '12/01/2024', '02/01/2024'],
      orderChecked: true,
      reversed: true,
      keptLines: [4, 3, 2],
      errors: [],
      unreadableDates: [],
    },
    {
      name: 'slash dates neither way can read are unreadable under both readings',
      dates: ['13/13/2024', '01/02/2024', '01/03/2024'],
      orderChecked: true,
      reversed: false,
      keptLines: [3, 4],
      errors: [{ line: 2, message: 'line 2: date "13/13/2024" is not a date RiskDesk can read' }],
      unreadableDates: [],
    },
    {
      name: 'a long unreadable date is shortened in its message',
      dates: [`x${'9'.repeat(50)}`, '2024-01-02', '2024-01-03'],
      orderChecked: true,
      reversed: false,
      keptLines: [3, 4],
      errors: [{ line: 2, message: `line 2: date "x${'9'.repeat(38)}…" is not a date RiskDesk can read` }],
      unreadableDates: [],
    },
  ])('$name', ({ dates, orderChecked, reversed, keptLines, errors, unreadableDates }) => {
    // Each bar closes at its line number, so the closes show which rows were kept and in what order.
    const rows = dates.map((date, i) => `${date};1;100;1;${i + 2}`);
    const result = parseBarsCsv(['Date;Open;High;Low;Close', ...rows].join('\n'));
    expect(result.problem).toBeNull();
    expect(result.orderChecked).toBe(orderChecked);
    expect(result.reversed).toBe(reversed);
    expect([...result.series.close]).toEqual(keptLines);
    expect(result.series.dates).toEqual(keptLines.map((line) => dates[line - 2]));
    expect(result.errors).toEqual(errors);
    expect(result.unreadableDates).toEqual(unreadableDates);
  });

  it('still rejects other bad rows when the order is not checked', () => {
    const result = parseBarsCsv(
      'Date,Open,High,Low,Close\nJan 3,1,2,0.5,1\nJan 2,1,2,0.5,x\nJan 4,1,2,0.5,1.5\n',
    );
    expect(result.orderChecked).toBe(false);
    expect(result.errors).toEqual([{ line: 3, message: 'line 3: close "x" is not a number' }]);
    expect(result.series.dates).toEqual(['Jan 3', 'Jan 4']);
    expect(result.unreadableDates).toEqual([
      { line: 2, text: 'Jan 3' },
      { line: 4, text: 'Jan 4' },
    ]);
  });

  it('reports a checked order for files whose dates are all readable', () => {
    const result = parseBarsCsv(syntheticBarsCsv(50, 3));
    expect(result.orderChecked).toBe(true);
    expect(result.unreadableDates).toEqual([]);
  });
});

describe('parseBarsCsv reads Unix time (TradingView `time`) as UTC dates', () => {
  it.each<[string, string, string]>([
    ['seconds at 00:00 UTC (the issue: "1793577600 to 1795737600")', '1793577600', '2026-11-02'],
    ['seconds at 00:00 UTC, the other end', '1795737600', '2026-11-27'],
    ['a CME futures daily bar, stamped at its 17:00 CT session open', '1732748400', '2024-11-27 23:00'],
    ['milliseconds', '1732748400000', '2024-11-27 23:00'],
    ['seconds are kept when not zero', '1700000001', '2023-11-14 22:13:21'],
    ['milliseconds are kept when not zero', '1700000000123', '2023-11-14 22:13:20.123'],
    ['9 digits: the earliest seconds', '100000000', '1973-03-03 09:46:40'],
    ['12 digits: the earliest milliseconds', '100000000000', '1973-03-03 09:46:40'],
    ['10 digits: the latest seconds', '9999999999', '2286-11-20 17:46:39'],
    ['13 digits: the latest milliseconds', '9999999999999', '2286-11-20 17:46:39.999'],
    ['a leap day', '1709164800', '2024-02-29'],
    ['8 digits are YYYYMMDD, not Unix time', '20240102', '20240102'],
    ['11 digits are not Unix time', '17327484000', '17327484000'],
    ['14 digits are not Unix time', '17327484000000', '17327484000000'],
    ['a leading zero is not Unix time', '0173274840', '0173274840'],
    ['a negative number is not Unix time', '-1732748400', '-1732748400'],
    ['a decimal is not Unix time', '1732748400.5', '1732748400.5'],
  ])('%s: %s → %s', (_name, cell, date) => {
    const result = parseBarsCsv(`time,open,high,low,close,Volume\n${cell},10,11,9,10,100\n`);
    expect(result.problem).toBeNull();
    expect(result.series.dates).toEqual([date]);
  });

  it('agrees with Date#toISOString for any second and millisecond of 1973–2286', () => {
    const firstMs = 100_000_000_000;
    const lastMs = 9_999_999_999_999;
    fc.assert(
      fc.property(fc.integer({ min: firstMs, max: lastMs }), fc.boolean(), (ms, asSeconds) => {
        const value = asSeconds ? Math.floor(ms / 1000) : ms;
        if (asSeconds && value < 100_000_000) return;
        const iso = new Date(asSeconds ? value * 1000 : value).toISOString(); // 2024-11-27T23:00:00.000Z
        const [date = '', clock = ''] = iso.slice(0, -1).split('T');
        const expected =
          clock === '00:00:00.000'
            ? date
            : `${date} ${clock.endsWith(':00.000') ? clock.slice(0, 5) : clock.endsWith('.000') ? clock.slice(0, 8) : clock}`;
        const result = parseBarsCsv(`time,open,high,low,close\n${value},10,11,9,10\n`);
        expect(result.series.dates).toEqual([expected]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, string, string[]]>([
    [
      'a TradingView export: `time` alone is the date column',
      'time,open,high,low,close,Volume\n1704153600,1,2,0.5,1.5,10\n1704240000,1,2,0.5,1.5,10\n',
      ['2024-01-02', '2024-01-03'],
    ],
    [
      'a Date column beside a Time column keeps Time as the clock time',
      'Date,Time,Open,High,Low,Close\n2024-01-02,09:30,1,2,0.5,1.5\n2024-01-02,09:31,1,2,0.5,1.5\n',
      ['2024-01-02 09:30', '2024-01-02 09:31'],
    ],
    [
      'Unix seconds at midnight in a Date column, with a Time column',
      'Date,Time,Open,High,Low,Close\n1704153600,09:30,1,2,0.5,1.5\n1704153600,09:31,1,2,0.5,1.5\n',
      ['2024-01-02 09:30', '2024-01-02 09:31'],
    ],
    [
      'a Timestamp column in milliseconds',
      'Timestamp;Open;High;Low;Close\n1704187800000;1;2;0,5;1,5\n1704187860000;1;2;0,5;1,5\n',
      ['2024-01-02 09:30', '2024-01-02 09:31'],
    ],
    [
      'no header: Unix seconds in the first column',
      '1704153600,1,2,0.5,1.5\n1704240000,1,2,0.5,1.5\n',
      ['2024-01-02', '2024-01-03'],
    ],
  ])('%s', (_name, text, dates) => {
    const result = parseBarsCsv(text);
    expect(result.problem).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.orderChecked).toBe(true);
    expect(result.series.dates).toEqual(dates);
  });
});

describe('parseBarsCsv reports whole-file problems instead of throwing', () => {
  it.each([
    ['empty text', '', ',', false, 'The text is empty.'],
    ['blank lines only', ' \n\t\n\r\n', ',', false, 'The text is empty.'],
    ['a byte-order mark only', '\uFEFF', ',', false, 'The text is empty.'],
    ['a header only', 'Date,Open,High,Low,Close\n', ',', true, 'The header is not followed by any bars.'],
    [
      'a header and blank lines',
      'Date;Open;High;Low;Close\n\n;;;;\n',
      ';',
      true,
      'The header is not followed by any bars.',
    ],
    [
      'a header without high and low',
      'Date,Open,Close,Volume\n2024-01-02,1,2,3\n',
      ',',
      true,
      'The header has no high or low column.',
    ],
    [
      'a header without a date',
      'Open,High,Low,Close\n1,2,0.5,1.5\n',
      ',',
      true,
      'The header has no date column.',
    ],
    [
      'only Adj Close as a close',
      'Date,Open,High,Low,Adj Close\n2024-01-02,1,2,0.5,1.5\n',
      ',',
      true,
      'The header has no close column.',
    ],
    [
      'prose',
      'hello world\nthis is not a price file\n',
      ',',
      false,
      'No recognisable columns: expected a header naming Date, Open, High, Low and Close, or rows of date, open, high, low, close.',
    ],
    [
      'unknown column names',
      'foo,bar,baz,qux,quux\nabc,def,ghi,jkl,mno\n',
      ',',
      false,
      'No recognisable columns: expected a header naming Date, Open, High, Low and Close, or rows of date, open, high, low, close.',
    ],
    [
      'a single column of numbers',
      '2003.5\n2004.0\n',
      ',',
      false,
      'No recognisable columns: expected a header naming Date, Open, High, Low and Close, or rows of date, open, high, low, close.',
    ],
  ])('%s', (_name, text, delimiter, hasHeader, problem) => {
    const result = parseBarsCsv(text);
    expect(result.problem).toBe(problem);
    expect(result.delimiter).toBe(delimiter);
    expect(result.hasHeader).toBe(hasHeader);
    expect(result.errors).toEqual([]);
    expect(result.reversed).toBe(false);
    expect(result.orderChecked).toBe(true);
    expect(result.unreadableDates).toEqual([]);
    expect(barsOf(result)).toEqual({ dates: [], open: [], high: [], low: [], close: [] });
  });
});

describe('syntheticBarsCsv', () => {
  it('is deterministic and starts as documented', () => {
    const text = syntheticBarsCsv(3, 7);
    expect(text).toBe(syntheticBarsCsv(3, 7));
    expect(text).not.toBe(syntheticBarsCsv(3, 8));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Date,Open,High,Low,Close,Volume');
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual([
      '2000-01-03',
      '2000-01-04',
      '2000-01-05',
    ]);
    expect(lines[4]).toBe('');
  });

  it('gives valid weekday bars on the 0.25 tick that import without errors', () => {
    const result = parseBarsCsv(syntheticBarsCsv(2000, 42));
    expect(result.problem).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.reversed).toBe(false);
    const { dates, open, high, low, close } = result.series;
    expect(dates.length).toBe(2000);
    expect(dates.filter((date) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))).toEqual([]);
    expect(new Set(dates).size).toBe(2000);
    for (let i = 0; i < dates.length; i++) {
      const o = open[i] ?? Number.NaN;
      const h = high[i] ?? Number.NaN;
      const l = low[i] ?? Number.NaN;
      const c = close[i] ?? Number.NaN;
      expect(l > 0 && l <= Math.min(o, c) && h >= Math.max(o, c)).toBe(true);
      expect([o, h, l, c].every((price) => Number.isInteger(price * 4))).toBe(true);
    }
  });

  it('gives the header only for count 0', () => {
    expect(syntheticBarsCsv(0, 1)).toBe('Date,Open,High,Low,Close,Volume\n');
  });
});
