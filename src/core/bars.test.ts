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
    ['unrecognisable dates', ['Jan 4', 'Jan 3', 'Jan 2'], false],
    ['one unrecognisable date among newest-first ones', ['2024-01-04', 'yesterday', '2024-01-02'], false],
    ['impossible month', ['2024-13-04', '2024-12-03'], false],
    ['a single bar', ['2024-01-04'], false],
  ])('%s → reversed %s', (_name, dates, reversed) => {
    const closes = dates.map((_, i) => 100 + i);
    const text = [
      'Date;Open;High;Low;Close',
      ...dates.map((date, i) => `${date};100;200;50;${closes[i] ?? 0}`),
    ].join('\n');
    const result = parseBarsCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.reversed).toBe(reversed);
    expect(result.series.dates).toEqual(reversed ? [...dates].reverse() : dates);
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
      name: 'unrecognisable dates: left as written, no order check',
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
      name: 'one unrecognisable date: the whole file is left as written',
      rows: ['2024-01-04', 'yesterday', '2024-01-03', '2024-01-03'],
      reversed: false,
      kept: [
        [2, '2024-01-04'],
        [3, 'yesterday'],
        [4, '2024-01-03'],
        [5, '2024-01-03'],
      ],
      errors: [],
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
